; DioVerify proof obligation (dioverify 0.1.0)
; policy:   naive-partial
; property: P6 order-independence: R, newSize and the kept blocks are the same for every arrival order of the same outcomes
; bound:    bios<=3
; method:   induction-over-arrivals: induction over arrivals: completions commute on everything finish reads (every bound)
; geometry: bio-equals-block (S=512, B=4096, M=4096), bio-smaller-than-block (S=512, B=4096, M=1024), bio-unaligned-to-block (S=512, B=4096, M=6144), bio-spans-blocks (S=512, B=4096, M=16384), sector-equals-block (S=4096, B=4096, M=8192), large-sectors-and-blocks (S=4096, B=65536, M=16384), small-blocks (S=512, B=1024, M=4096), large-blocks-bio-not-dividing (S=512, B=16384, M=12288), sectors-1k-bio-not-dividing (S=1024, B=4096, M=3072), sectors-2k-bio-unaligned-above-block (S=2048, B=8192, M=20480)
; 1 queries; any sat is a counterexample (the rest need not be solved), all unsat means the property holds.
; case: order lemma over every geometry
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_anyFailed_sectors_2k_bio_unaligned_above_block () Bool)
(declare-fun s_highestOkEnd_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun x_end_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun x_failed_sectors_2k_bio_unaligned_above_block () Bool)
(declare-fun x_start_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun s_okBytes_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun s_lowestFailedStart_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun y_end_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun y_failed_sectors_2k_bio_unaligned_above_block () Bool)
(declare-fun y_start_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun s_anyFailed_sectors_1k_bio_not_dividing () Bool)
(declare-fun s_highestOkEnd_sectors_1k_bio_not_dividing () Int)
(declare-fun x_end_sectors_1k_bio_not_dividing () Int)
(declare-fun x_failed_sectors_1k_bio_not_dividing () Bool)
(declare-fun x_start_sectors_1k_bio_not_dividing () Int)
(declare-fun s_okBytes_sectors_1k_bio_not_dividing () Int)
(declare-fun s_lowestFailedStart_sectors_1k_bio_not_dividing () Int)
(declare-fun y_end_sectors_1k_bio_not_dividing () Int)
(declare-fun y_failed_sectors_1k_bio_not_dividing () Bool)
(declare-fun y_start_sectors_1k_bio_not_dividing () Int)
(declare-fun s_anyFailed_large_blocks_bio_not_dividing () Bool)
(declare-fun s_highestOkEnd_large_blocks_bio_not_dividing () Int)
(declare-fun x_end_large_blocks_bio_not_dividing () Int)
(declare-fun x_failed_large_blocks_bio_not_dividing () Bool)
(declare-fun x_start_large_blocks_bio_not_dividing () Int)
(declare-fun s_okBytes_large_blocks_bio_not_dividing () Int)
(declare-fun s_lowestFailedStart_large_blocks_bio_not_dividing () Int)
(declare-fun y_end_large_blocks_bio_not_dividing () Int)
(declare-fun y_failed_large_blocks_bio_not_dividing () Bool)
(declare-fun y_start_large_blocks_bio_not_dividing () Int)
(declare-fun s_anyFailed_small_blocks () Bool)
(declare-fun s_highestOkEnd_small_blocks () Int)
(declare-fun x_end_small_blocks () Int)
(declare-fun x_failed_small_blocks () Bool)
(declare-fun x_start_small_blocks () Int)
(declare-fun s_okBytes_small_blocks () Int)
(declare-fun s_lowestFailedStart_small_blocks () Int)
(declare-fun y_end_small_blocks () Int)
(declare-fun y_failed_small_blocks () Bool)
(declare-fun y_start_small_blocks () Int)
(declare-fun s_anyFailed_large_sectors_and_blocks () Bool)
(declare-fun s_highestOkEnd_large_sectors_and_blocks () Int)
(declare-fun x_end_large_sectors_and_blocks () Int)
(declare-fun x_failed_large_sectors_and_blocks () Bool)
(declare-fun x_start_large_sectors_and_blocks () Int)
(declare-fun s_okBytes_large_sectors_and_blocks () Int)
(declare-fun s_lowestFailedStart_large_sectors_and_blocks () Int)
(declare-fun y_end_large_sectors_and_blocks () Int)
(declare-fun y_failed_large_sectors_and_blocks () Bool)
(declare-fun y_start_large_sectors_and_blocks () Int)
(declare-fun s_anyFailed_sector_equals_block () Bool)
(declare-fun s_highestOkEnd_sector_equals_block () Int)
(declare-fun x_end_sector_equals_block () Int)
(declare-fun x_failed_sector_equals_block () Bool)
(declare-fun x_start_sector_equals_block () Int)
(declare-fun s_okBytes_sector_equals_block () Int)
(declare-fun s_lowestFailedStart_sector_equals_block () Int)
(declare-fun y_end_sector_equals_block () Int)
(declare-fun y_failed_sector_equals_block () Bool)
(declare-fun y_start_sector_equals_block () Int)
(declare-fun s_anyFailed_bio_spans_blocks () Bool)
(declare-fun s_highestOkEnd_bio_spans_blocks () Int)
(declare-fun x_end_bio_spans_blocks () Int)
(declare-fun x_failed_bio_spans_blocks () Bool)
(declare-fun x_start_bio_spans_blocks () Int)
(declare-fun s_okBytes_bio_spans_blocks () Int)
(declare-fun s_lowestFailedStart_bio_spans_blocks () Int)
(declare-fun y_end_bio_spans_blocks () Int)
(declare-fun y_failed_bio_spans_blocks () Bool)
(declare-fun y_start_bio_spans_blocks () Int)
(declare-fun s_anyFailed_bio_unaligned_to_block () Bool)
(declare-fun s_highestOkEnd_bio_unaligned_to_block () Int)
(declare-fun x_end_bio_unaligned_to_block () Int)
(declare-fun x_failed_bio_unaligned_to_block () Bool)
(declare-fun x_start_bio_unaligned_to_block () Int)
(declare-fun s_okBytes_bio_unaligned_to_block () Int)
(declare-fun s_lowestFailedStart_bio_unaligned_to_block () Int)
(declare-fun y_end_bio_unaligned_to_block () Int)
(declare-fun y_failed_bio_unaligned_to_block () Bool)
(declare-fun y_start_bio_unaligned_to_block () Int)
(declare-fun s_anyFailed_bio_smaller_than_block () Bool)
(declare-fun s_highestOkEnd_bio_smaller_than_block () Int)
(declare-fun x_end_bio_smaller_than_block () Int)
(declare-fun x_failed_bio_smaller_than_block () Bool)
(declare-fun x_start_bio_smaller_than_block () Int)
(declare-fun s_okBytes_bio_smaller_than_block () Int)
(declare-fun s_lowestFailedStart_bio_smaller_than_block () Int)
(declare-fun y_end_bio_smaller_than_block () Int)
(declare-fun y_failed_bio_smaller_than_block () Bool)
(declare-fun y_start_bio_smaller_than_block () Int)
(declare-fun s_anyFailed_bio_equals_block () Bool)
(declare-fun s_highestOkEnd_bio_equals_block () Int)
(declare-fun x_end_bio_equals_block () Int)
(declare-fun x_failed_bio_equals_block () Bool)
(declare-fun x_start_bio_equals_block () Int)
(declare-fun s_okBytes_bio_equals_block () Int)
(declare-fun s_lowestFailedStart_bio_equals_block () Int)
(declare-fun y_end_bio_equals_block () Int)
(declare-fun y_failed_bio_equals_block () Bool)
(declare-fun y_start_bio_equals_block () Int)
(assert (let ((a!1 (and (<= 0 offset) (< 0 length) (<= 0 fileSize) (<= 0 freeBlocks)))
      (a!3 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!6 (< y_start_bio_equals_block
              (ite (and x_failed_bio_equals_block
                        (< x_start_bio_equals_block
                           s_lowestFailedStart_bio_equals_block))
                   x_start_bio_equals_block
                   s_lowestFailedStart_bio_equals_block)))
      (a!8 (< x_start_bio_equals_block
              (ite (and y_failed_bio_equals_block
                        (< y_start_bio_equals_block
                           s_lowestFailedStart_bio_equals_block))
                   y_start_bio_equals_block
                   s_lowestFailedStart_bio_equals_block)))
      (a!10 (+ (+ s_okBytes_bio_equals_block
                  (ite (not x_failed_bio_equals_block)
                       (- x_end_bio_equals_block x_start_bio_equals_block)
                       0))
               (ite (not y_failed_bio_equals_block)
                    (- y_end_bio_equals_block y_start_bio_equals_block)
                    0)))
      (a!12 (< (ite (and (not x_failed_bio_equals_block)
                         (< s_highestOkEnd_bio_equals_block
                            x_end_bio_equals_block))
                    x_end_bio_equals_block
                    s_highestOkEnd_bio_equals_block)
               y_end_bio_equals_block))
      (a!14 (< (ite (and (not y_failed_bio_equals_block)
                         (< s_highestOkEnd_bio_equals_block
                            y_end_bio_equals_block))
                    y_end_bio_equals_block
                    s_highestOkEnd_bio_equals_block)
               x_end_bio_equals_block))
      (a!17 (= (ite (and x_failed_bio_equals_block
                         (< x_start_bio_equals_block
                            s_lowestFailedStart_bio_equals_block))
                    x_start_bio_equals_block
                    s_lowestFailedStart_bio_equals_block)
               (ite (and x_failed_bio_equals_block
                         (< x_start_bio_equals_block
                            s_lowestFailedStart_bio_equals_block))
                    x_start_bio_equals_block
                    s_lowestFailedStart_bio_equals_block)))
      (a!18 (= (+ s_okBytes_bio_equals_block
                  (ite (not x_failed_bio_equals_block)
                       (- x_end_bio_equals_block x_start_bio_equals_block)
                       0))
               (+ s_okBytes_bio_equals_block
                  (ite (not x_failed_bio_equals_block)
                       (- x_end_bio_equals_block x_start_bio_equals_block)
                       0))))
      (a!19 (= (ite (and (not x_failed_bio_equals_block)
                         (< s_highestOkEnd_bio_equals_block
                            x_end_bio_equals_block))
                    x_end_bio_equals_block
                    s_highestOkEnd_bio_equals_block)
               (ite (and (not x_failed_bio_equals_block)
                         (< s_highestOkEnd_bio_equals_block
                            x_end_bio_equals_block))
                    x_end_bio_equals_block
                    s_highestOkEnd_bio_equals_block)))
      (a!21 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!35 (< y_start_bio_smaller_than_block
               (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!37 (< x_start_bio_smaller_than_block
               (ite (and y_failed_bio_smaller_than_block
                         (< y_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    y_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!39 (+ (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))
               (ite (not y_failed_bio_smaller_than_block)
                    (- y_end_bio_smaller_than_block
                       y_start_bio_smaller_than_block)
                    0)))
      (a!41 (< (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               y_end_bio_smaller_than_block))
      (a!43 (< (ite (and (not y_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            y_end_bio_smaller_than_block))
                    y_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               x_end_bio_smaller_than_block))
      (a!46 (= (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)
               (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!47 (= (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))
               (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))))
      (a!48 (= (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)))
      (a!57 (< y_start_bio_unaligned_to_block
               (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!59 (< x_start_bio_unaligned_to_block
               (ite (and y_failed_bio_unaligned_to_block
                         (< y_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    y_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!61 (+ (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))
               (ite (not y_failed_bio_unaligned_to_block)
                    (- y_end_bio_unaligned_to_block
                       y_start_bio_unaligned_to_block)
                    0)))
      (a!63 (< (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               y_end_bio_unaligned_to_block))
      (a!65 (< (ite (and (not y_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            y_end_bio_unaligned_to_block))
                    y_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               x_end_bio_unaligned_to_block))
      (a!68 (= (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)
               (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!69 (= (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))
               (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))))
      (a!70 (= (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)))
      (a!79 (< y_start_bio_spans_blocks
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!81 (< x_start_bio_spans_blocks
               (ite (and y_failed_bio_spans_blocks
                         (< y_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    y_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!83 (+ (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (ite (not y_failed_bio_spans_blocks)
                    (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                    0)))
      (a!85 (< (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               y_end_bio_spans_blocks))
      (a!87 (< (ite (and (not y_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            y_end_bio_spans_blocks))
                    y_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               x_end_bio_spans_blocks))
      (a!90 (= (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!91 (= (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!92 (= (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)))
      (a!102 (< y_start_sector_equals_block
                (ite (and x_failed_sector_equals_block
                          (< x_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     x_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)))
      (a!104 (< x_start_sector_equals_block
                (ite (and y_failed_sector_equals_block
                          (< y_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     y_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)))
      (a!106 (+ (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))
                (ite (not y_failed_sector_equals_block)
                     (- y_end_sector_equals_block y_start_sector_equals_block)
                     0)))
      (a!108 (< (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                y_end_sector_equals_block))
      (a!110 (< (ite (and (not y_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             y_end_sector_equals_block))
                     y_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                x_end_sector_equals_block))
      (a!113 (= (ite (and x_failed_sector_equals_block
                          (< x_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     x_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)
                (ite (and x_failed_sector_equals_block
                          (< x_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     x_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)))
      (a!114 (= (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))
                (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))))
      (a!115 (= (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)))
      (a!124 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!126 (< y_start_large_sectors_and_blocks
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!128 (< x_start_large_sectors_and_blocks
                (ite (and y_failed_large_sectors_and_blocks
                          (< y_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     y_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!130 (+ (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (ite (not y_failed_large_sectors_and_blocks)
                     (- y_end_large_sectors_and_blocks
                        y_start_large_sectors_and_blocks)
                     0)))
      (a!132 (< (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                y_end_large_sectors_and_blocks))
      (a!134 (< (ite (and (not y_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             y_end_large_sectors_and_blocks))
                     y_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                x_end_large_sectors_and_blocks))
      (a!137 (= (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!138 (= (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!139 (= (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)))
      (a!153 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!155 (< y_start_small_blocks
                (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!157 (< x_start_small_blocks
                (ite (and y_failed_small_blocks
                          (< y_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     y_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!159 (+ (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))
                (ite (not y_failed_small_blocks)
                     (- y_end_small_blocks y_start_small_blocks)
                     0)))
      (a!161 (< (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)
                y_end_small_blocks))
      (a!163 (< (ite (and (not y_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks y_end_small_blocks))
                     y_end_small_blocks
                     s_highestOkEnd_small_blocks)
                x_end_small_blocks))
      (a!166 (= (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)
                (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!167 (= (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))
                (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))))
      (a!168 (= (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)
                (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)))
      (a!182 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!184 (< y_start_large_blocks_bio_not_dividing
                (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!186 (< x_start_large_blocks_bio_not_dividing
                (ite (and y_failed_large_blocks_bio_not_dividing
                          (< y_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     y_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!188 (+ (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))
                (ite (not y_failed_large_blocks_bio_not_dividing)
                     (- y_end_large_blocks_bio_not_dividing
                        y_start_large_blocks_bio_not_dividing)
                     0)))
      (a!190 (< (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                y_end_large_blocks_bio_not_dividing))
      (a!192 (< (ite (and (not y_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             y_end_large_blocks_bio_not_dividing))
                     y_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                x_end_large_blocks_bio_not_dividing))
      (a!195 (= (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)
                (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!196 (= (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))
                (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))))
      (a!197 (= (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!211 (< y_start_sectors_1k_bio_not_dividing
                (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!213 (< x_start_sectors_1k_bio_not_dividing
                (ite (and y_failed_sectors_1k_bio_not_dividing
                          (< y_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     y_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!215 (+ (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))
                (ite (not y_failed_sectors_1k_bio_not_dividing)
                     (- y_end_sectors_1k_bio_not_dividing
                        y_start_sectors_1k_bio_not_dividing)
                     0)))
      (a!217 (< (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                y_end_sectors_1k_bio_not_dividing))
      (a!219 (< (ite (and (not y_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             y_end_sectors_1k_bio_not_dividing))
                     y_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                x_end_sectors_1k_bio_not_dividing))
      (a!222 (= (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)
                (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!223 (= (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))
                (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))))
      (a!224 (= (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!233 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!235 (< y_start_sectors_2k_bio_unaligned_above_block
                (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!237 (< x_start_sectors_2k_bio_unaligned_above_block
                (ite (and y_failed_sectors_2k_bio_unaligned_above_block
                          (< y_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     y_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!239 (+ (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))
                (ite (not y_failed_sectors_2k_bio_unaligned_above_block)
                     (- y_end_sectors_2k_bio_unaligned_above_block
                        y_start_sectors_2k_bio_unaligned_above_block)
                     0)))
      (a!241 (< (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                y_end_sectors_2k_bio_unaligned_above_block))
      (a!243 (< (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             y_end_sectors_2k_bio_unaligned_above_block))
                     y_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                x_end_sectors_2k_bio_unaligned_above_block))
      (a!246 (= (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)
                (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!247 (= (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))
                (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))))
      (a!248 (= (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block))))
(let ((a!2 (and a!1 (= (mod offset 512) 0) (= (mod length 512) 0)))
      (a!4 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!3))
      (a!7 (ite (and y_failed_bio_equals_block a!6)
                y_start_bio_equals_block
                (ite (and x_failed_bio_equals_block
                          (< x_start_bio_equals_block
                             s_lowestFailedStart_bio_equals_block))
                     x_start_bio_equals_block
                     s_lowestFailedStart_bio_equals_block)))
      (a!9 (ite (and x_failed_bio_equals_block a!8)
                x_start_bio_equals_block
                (ite (and y_failed_bio_equals_block
                          (< y_start_bio_equals_block
                             s_lowestFailedStart_bio_equals_block))
                     y_start_bio_equals_block
                     s_lowestFailedStart_bio_equals_block)))
      (a!11 (= a!10
               (+ s_okBytes_bio_equals_block
                  (ite (not y_failed_bio_equals_block)
                       (- y_end_bio_equals_block y_start_bio_equals_block)
                       0)
                  (ite (not x_failed_bio_equals_block)
                       (- x_end_bio_equals_block x_start_bio_equals_block)
                       0))))
      (a!13 (ite (and (not y_failed_bio_equals_block) a!12)
                 y_end_bio_equals_block
                 (ite (and (not x_failed_bio_equals_block)
                           (< s_highestOkEnd_bio_equals_block
                              x_end_bio_equals_block))
                      x_end_bio_equals_block
                      s_highestOkEnd_bio_equals_block)))
      (a!15 (ite (and (not x_failed_bio_equals_block) a!14)
                 x_end_bio_equals_block
                 (ite (and (not y_failed_bio_equals_block)
                           (< s_highestOkEnd_bio_equals_block
                              y_end_bio_equals_block))
                      y_end_bio_equals_block
                      s_highestOkEnd_bio_equals_block)))
      (a!20 (not (and (= (or s_anyFailed_bio_equals_block
                             x_failed_bio_equals_block)
                         (or s_anyFailed_bio_equals_block
                             x_failed_bio_equals_block))
                      a!17
                      a!18
                      a!19)))
      (a!22 (+ (- a!21 (mod a!21 4096)) (ite (= (mod a!21 4096) 0) 0 4096)))
      (a!36 (ite (and y_failed_bio_smaller_than_block a!35)
                 y_start_bio_smaller_than_block
                 (ite (and x_failed_bio_smaller_than_block
                           (< x_start_bio_smaller_than_block
                              s_lowestFailedStart_bio_smaller_than_block))
                      x_start_bio_smaller_than_block
                      s_lowestFailedStart_bio_smaller_than_block)))
      (a!38 (ite (and x_failed_bio_smaller_than_block a!37)
                 x_start_bio_smaller_than_block
                 (ite (and y_failed_bio_smaller_than_block
                           (< y_start_bio_smaller_than_block
                              s_lowestFailedStart_bio_smaller_than_block))
                      y_start_bio_smaller_than_block
                      s_lowestFailedStart_bio_smaller_than_block)))
      (a!40 (= a!39
               (+ s_okBytes_bio_smaller_than_block
                  (ite (not y_failed_bio_smaller_than_block)
                       (- y_end_bio_smaller_than_block
                          y_start_bio_smaller_than_block)
                       0)
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))))
      (a!42 (ite (and (not y_failed_bio_smaller_than_block) a!41)
                 y_end_bio_smaller_than_block
                 (ite (and (not x_failed_bio_smaller_than_block)
                           (< s_highestOkEnd_bio_smaller_than_block
                              x_end_bio_smaller_than_block))
                      x_end_bio_smaller_than_block
                      s_highestOkEnd_bio_smaller_than_block)))
      (a!44 (ite (and (not x_failed_bio_smaller_than_block) a!43)
                 x_end_bio_smaller_than_block
                 (ite (and (not y_failed_bio_smaller_than_block)
                           (< s_highestOkEnd_bio_smaller_than_block
                              y_end_bio_smaller_than_block))
                      y_end_bio_smaller_than_block
                      s_highestOkEnd_bio_smaller_than_block)))
      (a!49 (not (and (= (or s_anyFailed_bio_smaller_than_block
                             x_failed_bio_smaller_than_block)
                         (or s_anyFailed_bio_smaller_than_block
                             x_failed_bio_smaller_than_block))
                      a!46
                      a!47
                      a!48)))
      (a!58 (ite (and y_failed_bio_unaligned_to_block a!57)
                 y_start_bio_unaligned_to_block
                 (ite (and x_failed_bio_unaligned_to_block
                           (< x_start_bio_unaligned_to_block
                              s_lowestFailedStart_bio_unaligned_to_block))
                      x_start_bio_unaligned_to_block
                      s_lowestFailedStart_bio_unaligned_to_block)))
      (a!60 (ite (and x_failed_bio_unaligned_to_block a!59)
                 x_start_bio_unaligned_to_block
                 (ite (and y_failed_bio_unaligned_to_block
                           (< y_start_bio_unaligned_to_block
                              s_lowestFailedStart_bio_unaligned_to_block))
                      y_start_bio_unaligned_to_block
                      s_lowestFailedStart_bio_unaligned_to_block)))
      (a!62 (= a!61
               (+ s_okBytes_bio_unaligned_to_block
                  (ite (not y_failed_bio_unaligned_to_block)
                       (- y_end_bio_unaligned_to_block
                          y_start_bio_unaligned_to_block)
                       0)
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))))
      (a!64 (ite (and (not y_failed_bio_unaligned_to_block) a!63)
                 y_end_bio_unaligned_to_block
                 (ite (and (not x_failed_bio_unaligned_to_block)
                           (< s_highestOkEnd_bio_unaligned_to_block
                              x_end_bio_unaligned_to_block))
                      x_end_bio_unaligned_to_block
                      s_highestOkEnd_bio_unaligned_to_block)))
      (a!66 (ite (and (not x_failed_bio_unaligned_to_block) a!65)
                 x_end_bio_unaligned_to_block
                 (ite (and (not y_failed_bio_unaligned_to_block)
                           (< s_highestOkEnd_bio_unaligned_to_block
                              y_end_bio_unaligned_to_block))
                      y_end_bio_unaligned_to_block
                      s_highestOkEnd_bio_unaligned_to_block)))
      (a!71 (not (and (= (or s_anyFailed_bio_unaligned_to_block
                             x_failed_bio_unaligned_to_block)
                         (or s_anyFailed_bio_unaligned_to_block
                             x_failed_bio_unaligned_to_block))
                      a!68
                      a!69
                      a!70)))
      (a!80 (ite (and y_failed_bio_spans_blocks a!79)
                 y_start_bio_spans_blocks
                 (ite (and x_failed_bio_spans_blocks
                           (< x_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      x_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!82 (ite (and x_failed_bio_spans_blocks a!81)
                 x_start_bio_spans_blocks
                 (ite (and y_failed_bio_spans_blocks
                           (< y_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      y_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!84 (= a!83
               (+ s_okBytes_bio_spans_blocks
                  (ite (not y_failed_bio_spans_blocks)
                       (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                       0)
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!86 (ite (and (not y_failed_bio_spans_blocks) a!85)
                 y_end_bio_spans_blocks
                 (ite (and (not x_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              x_end_bio_spans_blocks))
                      x_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!88 (ite (and (not x_failed_bio_spans_blocks) a!87)
                 x_end_bio_spans_blocks
                 (ite (and (not y_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              y_end_bio_spans_blocks))
                      y_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!93 (not (and (= (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks)
                         (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks))
                      a!90
                      a!91
                      a!92)))
      (a!101 (and a!1 (= (mod offset 4096) 0) (= (mod length 4096) 0)))
      (a!103 (ite (and y_failed_sector_equals_block a!102)
                  y_start_sector_equals_block
                  (ite (and x_failed_sector_equals_block
                            (< x_start_sector_equals_block
                               s_lowestFailedStart_sector_equals_block))
                       x_start_sector_equals_block
                       s_lowestFailedStart_sector_equals_block)))
      (a!105 (ite (and x_failed_sector_equals_block a!104)
                  x_start_sector_equals_block
                  (ite (and y_failed_sector_equals_block
                            (< y_start_sector_equals_block
                               s_lowestFailedStart_sector_equals_block))
                       y_start_sector_equals_block
                       s_lowestFailedStart_sector_equals_block)))
      (a!107 (= a!106
                (+ s_okBytes_sector_equals_block
                   (ite (not y_failed_sector_equals_block)
                        (- y_end_sector_equals_block
                           y_start_sector_equals_block)
                        0)
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))))
      (a!109 (ite (and (not y_failed_sector_equals_block) a!108)
                  y_end_sector_equals_block
                  (ite (and (not x_failed_sector_equals_block)
                            (< s_highestOkEnd_sector_equals_block
                               x_end_sector_equals_block))
                       x_end_sector_equals_block
                       s_highestOkEnd_sector_equals_block)))
      (a!111 (ite (and (not x_failed_sector_equals_block) a!110)
                  x_end_sector_equals_block
                  (ite (and (not y_failed_sector_equals_block)
                            (< s_highestOkEnd_sector_equals_block
                               y_end_sector_equals_block))
                       y_end_sector_equals_block
                       s_highestOkEnd_sector_equals_block)))
      (a!116 (not (and (= (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block)
                          (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block))
                       a!113
                       a!114
                       a!115)))
      (a!125 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!124))
      (a!127 (ite (and y_failed_large_sectors_and_blocks a!126)
                  y_start_large_sectors_and_blocks
                  (ite (and x_failed_large_sectors_and_blocks
                            (< x_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       x_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!129 (ite (and x_failed_large_sectors_and_blocks a!128)
                  x_start_large_sectors_and_blocks
                  (ite (and y_failed_large_sectors_and_blocks
                            (< y_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       y_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!131 (= a!130
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not y_failed_large_sectors_and_blocks)
                        (- y_end_large_sectors_and_blocks
                           y_start_large_sectors_and_blocks)
                        0)
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!133 (ite (and (not y_failed_large_sectors_and_blocks) a!132)
                  y_end_large_sectors_and_blocks
                  (ite (and (not x_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               x_end_large_sectors_and_blocks))
                       x_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!135 (ite (and (not x_failed_large_sectors_and_blocks) a!134)
                  x_end_large_sectors_and_blocks
                  (ite (and (not y_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               y_end_large_sectors_and_blocks))
                       y_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!140 (not (and (= (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks)
                          (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks))
                       a!137
                       a!138
                       a!139)))
      (a!141 (+ (- a!21 (mod a!21 65536)) (ite (= (mod a!21 65536) 0) 0 65536)))
      (a!154 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!153))
      (a!156 (ite (and y_failed_small_blocks a!155)
                  y_start_small_blocks
                  (ite (and x_failed_small_blocks
                            (< x_start_small_blocks
                               s_lowestFailedStart_small_blocks))
                       x_start_small_blocks
                       s_lowestFailedStart_small_blocks)))
      (a!158 (ite (and x_failed_small_blocks a!157)
                  x_start_small_blocks
                  (ite (and y_failed_small_blocks
                            (< y_start_small_blocks
                               s_lowestFailedStart_small_blocks))
                       y_start_small_blocks
                       s_lowestFailedStart_small_blocks)))
      (a!160 (= a!159
                (+ s_okBytes_small_blocks
                   (ite (not y_failed_small_blocks)
                        (- y_end_small_blocks y_start_small_blocks)
                        0)
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))))
      (a!162 (ite (and (not y_failed_small_blocks) a!161)
                  y_end_small_blocks
                  (ite (and (not x_failed_small_blocks)
                            (< s_highestOkEnd_small_blocks x_end_small_blocks))
                       x_end_small_blocks
                       s_highestOkEnd_small_blocks)))
      (a!164 (ite (and (not x_failed_small_blocks) a!163)
                  x_end_small_blocks
                  (ite (and (not y_failed_small_blocks)
                            (< s_highestOkEnd_small_blocks y_end_small_blocks))
                       y_end_small_blocks
                       s_highestOkEnd_small_blocks)))
      (a!169 (not (and (= (or s_anyFailed_small_blocks x_failed_small_blocks)
                          (or s_anyFailed_small_blocks x_failed_small_blocks))
                       a!166
                       a!167
                       a!168)))
      (a!170 (+ (- a!21 (mod a!21 1024)) (ite (= (mod a!21 1024) 0) 0 1024)))
      (a!183 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!182))
      (a!185 (ite (and y_failed_large_blocks_bio_not_dividing a!184)
                  y_start_large_blocks_bio_not_dividing
                  (ite (and x_failed_large_blocks_bio_not_dividing
                            (< x_start_large_blocks_bio_not_dividing
                               s_lowestFailedStart_large_blocks_bio_not_dividing))
                       x_start_large_blocks_bio_not_dividing
                       s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!187 (ite (and x_failed_large_blocks_bio_not_dividing a!186)
                  x_start_large_blocks_bio_not_dividing
                  (ite (and y_failed_large_blocks_bio_not_dividing
                            (< y_start_large_blocks_bio_not_dividing
                               s_lowestFailedStart_large_blocks_bio_not_dividing))
                       y_start_large_blocks_bio_not_dividing
                       s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!189 (= a!188
                (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not y_failed_large_blocks_bio_not_dividing)
                        (- y_end_large_blocks_bio_not_dividing
                           y_start_large_blocks_bio_not_dividing)
                        0)
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))))
      (a!191 (ite (and (not y_failed_large_blocks_bio_not_dividing) a!190)
                  y_end_large_blocks_bio_not_dividing
                  (ite (and (not x_failed_large_blocks_bio_not_dividing)
                            (< s_highestOkEnd_large_blocks_bio_not_dividing
                               x_end_large_blocks_bio_not_dividing))
                       x_end_large_blocks_bio_not_dividing
                       s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!193 (ite (and (not x_failed_large_blocks_bio_not_dividing) a!192)
                  x_end_large_blocks_bio_not_dividing
                  (ite (and (not y_failed_large_blocks_bio_not_dividing)
                            (< s_highestOkEnd_large_blocks_bio_not_dividing
                               y_end_large_blocks_bio_not_dividing))
                       y_end_large_blocks_bio_not_dividing
                       s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!198 (not (and (= (or s_anyFailed_large_blocks_bio_not_dividing
                              x_failed_large_blocks_bio_not_dividing)
                          (or s_anyFailed_large_blocks_bio_not_dividing
                              x_failed_large_blocks_bio_not_dividing))
                       a!195
                       a!196
                       a!197)))
      (a!199 (+ (- a!21 (mod a!21 16384)) (ite (= (mod a!21 16384) 0) 0 16384)))
      (a!212 (ite (and y_failed_sectors_1k_bio_not_dividing a!211)
                  y_start_sectors_1k_bio_not_dividing
                  (ite (and x_failed_sectors_1k_bio_not_dividing
                            (< x_start_sectors_1k_bio_not_dividing
                               s_lowestFailedStart_sectors_1k_bio_not_dividing))
                       x_start_sectors_1k_bio_not_dividing
                       s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!214 (ite (and x_failed_sectors_1k_bio_not_dividing a!213)
                  x_start_sectors_1k_bio_not_dividing
                  (ite (and y_failed_sectors_1k_bio_not_dividing
                            (< y_start_sectors_1k_bio_not_dividing
                               s_lowestFailedStart_sectors_1k_bio_not_dividing))
                       y_start_sectors_1k_bio_not_dividing
                       s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!216 (= a!215
                (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not y_failed_sectors_1k_bio_not_dividing)
                        (- y_end_sectors_1k_bio_not_dividing
                           y_start_sectors_1k_bio_not_dividing)
                        0)
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))))
      (a!218 (ite (and (not y_failed_sectors_1k_bio_not_dividing) a!217)
                  y_end_sectors_1k_bio_not_dividing
                  (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                            (< s_highestOkEnd_sectors_1k_bio_not_dividing
                               x_end_sectors_1k_bio_not_dividing))
                       x_end_sectors_1k_bio_not_dividing
                       s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!220 (ite (and (not x_failed_sectors_1k_bio_not_dividing) a!219)
                  x_end_sectors_1k_bio_not_dividing
                  (ite (and (not y_failed_sectors_1k_bio_not_dividing)
                            (< s_highestOkEnd_sectors_1k_bio_not_dividing
                               y_end_sectors_1k_bio_not_dividing))
                       y_end_sectors_1k_bio_not_dividing
                       s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!225 (not (and (= (or s_anyFailed_sectors_1k_bio_not_dividing
                              x_failed_sectors_1k_bio_not_dividing)
                          (or s_anyFailed_sectors_1k_bio_not_dividing
                              x_failed_sectors_1k_bio_not_dividing))
                       a!222
                       a!223
                       a!224)))
      (a!234 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!233))
      (a!236 (ite (and y_failed_sectors_2k_bio_unaligned_above_block a!235)
                  y_start_sectors_2k_bio_unaligned_above_block
                  (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                            (< x_start_sectors_2k_bio_unaligned_above_block
                               s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                       x_start_sectors_2k_bio_unaligned_above_block
                       s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!238 (ite (and x_failed_sectors_2k_bio_unaligned_above_block a!237)
                  x_start_sectors_2k_bio_unaligned_above_block
                  (ite (and y_failed_sectors_2k_bio_unaligned_above_block
                            (< y_start_sectors_2k_bio_unaligned_above_block
                               s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                       y_start_sectors_2k_bio_unaligned_above_block
                       s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!240 (= a!239
                (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not y_failed_sectors_2k_bio_unaligned_above_block)
                        (- y_end_sectors_2k_bio_unaligned_above_block
                           y_start_sectors_2k_bio_unaligned_above_block)
                        0)
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))))
      (a!242 (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                       a!241)
                  y_end_sectors_2k_bio_unaligned_above_block
                  (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                            (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                               x_end_sectors_2k_bio_unaligned_above_block))
                       x_end_sectors_2k_bio_unaligned_above_block
                       s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!244 (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                       a!243)
                  x_end_sectors_2k_bio_unaligned_above_block
                  (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                            (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                               y_end_sectors_2k_bio_unaligned_above_block))
                       y_end_sectors_2k_bio_unaligned_above_block
                       s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!249 (not (and (= (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                              x_failed_sectors_2k_bio_unaligned_above_block)
                          (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                              x_failed_sectors_2k_bio_unaligned_above_block))
                       a!246
                       a!247
                       a!248)))
      (a!250 (+ (- a!21 (mod a!21 8192)) (ite (= (mod a!21 8192) 0) 0 8192))))
(let ((a!5 (and a!2
                (<= a!4 9223372036854775807)
                (<= fileSize 9223372036854775807)
                (<= freeBlocks 9223372036854775807)))
      (a!16 (and (= (or (or s_anyFailed_bio_equals_block
                            x_failed_bio_equals_block)
                        y_failed_bio_equals_block)
                    (or s_anyFailed_bio_equals_block
                        y_failed_bio_equals_block
                        x_failed_bio_equals_block))
                 (= a!7 a!9)
                 a!11
                 (= a!13 a!15)))
      (a!23 (ite (<= a!22 (- offset (mod offset 4096)))
                 (- offset (mod offset 4096))
                 a!22))
      (a!45 (and (= (or (or s_anyFailed_bio_smaller_than_block
                            x_failed_bio_smaller_than_block)
                        y_failed_bio_smaller_than_block)
                    (or s_anyFailed_bio_smaller_than_block
                        y_failed_bio_smaller_than_block
                        x_failed_bio_smaller_than_block))
                 (= a!36 a!38)
                 a!40
                 (= a!42 a!44)))
      (a!67 (and (= (or (or s_anyFailed_bio_unaligned_to_block
                            x_failed_bio_unaligned_to_block)
                        y_failed_bio_unaligned_to_block)
                    (or s_anyFailed_bio_unaligned_to_block
                        y_failed_bio_unaligned_to_block
                        x_failed_bio_unaligned_to_block))
                 (= a!58 a!60)
                 a!62
                 (= a!64 a!66)))
      (a!89 (and (= (or (or s_anyFailed_bio_spans_blocks
                            x_failed_bio_spans_blocks)
                        y_failed_bio_spans_blocks)
                    (or s_anyFailed_bio_spans_blocks
                        y_failed_bio_spans_blocks
                        x_failed_bio_spans_blocks))
                 (= a!80 a!82)
                 a!84
                 (= a!86 a!88)))
      (a!112 (and (= (or (or s_anyFailed_sector_equals_block
                             x_failed_sector_equals_block)
                         y_failed_sector_equals_block)
                     (or s_anyFailed_sector_equals_block
                         y_failed_sector_equals_block
                         x_failed_sector_equals_block))
                  (= a!103 a!105)
                  a!107
                  (= a!109 a!111)))
      (a!136 (and (= (or (or s_anyFailed_large_sectors_and_blocks
                             x_failed_large_sectors_and_blocks)
                         y_failed_large_sectors_and_blocks)
                     (or s_anyFailed_large_sectors_and_blocks
                         y_failed_large_sectors_and_blocks
                         x_failed_large_sectors_and_blocks))
                  (= a!127 a!129)
                  a!131
                  (= a!133 a!135)))
      (a!142 (ite (<= a!141 (- offset (mod offset 65536)))
                  (- offset (mod offset 65536))
                  a!141))
      (a!165 (and (= (or (or s_anyFailed_small_blocks x_failed_small_blocks)
                         y_failed_small_blocks)
                     (or s_anyFailed_small_blocks
                         y_failed_small_blocks
                         x_failed_small_blocks))
                  (= a!156 a!158)
                  a!160
                  (= a!162 a!164)))
      (a!171 (ite (<= a!170 (- offset (mod offset 1024)))
                  (- offset (mod offset 1024))
                  a!170))
      (a!194 (and (= (or (or s_anyFailed_large_blocks_bio_not_dividing
                             x_failed_large_blocks_bio_not_dividing)
                         y_failed_large_blocks_bio_not_dividing)
                     (or s_anyFailed_large_blocks_bio_not_dividing
                         y_failed_large_blocks_bio_not_dividing
                         x_failed_large_blocks_bio_not_dividing))
                  (= a!185 a!187)
                  a!189
                  (= a!191 a!193)))
      (a!200 (ite (<= a!199 (- offset (mod offset 16384)))
                  (- offset (mod offset 16384))
                  a!199))
      (a!221 (and (= (or (or s_anyFailed_sectors_1k_bio_not_dividing
                             x_failed_sectors_1k_bio_not_dividing)
                         y_failed_sectors_1k_bio_not_dividing)
                     (or s_anyFailed_sectors_1k_bio_not_dividing
                         y_failed_sectors_1k_bio_not_dividing
                         x_failed_sectors_1k_bio_not_dividing))
                  (= a!212 a!214)
                  a!216
                  (= a!218 a!220)))
      (a!245 (and (= (or (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                             x_failed_sectors_2k_bio_unaligned_above_block)
                         y_failed_sectors_2k_bio_unaligned_above_block)
                     (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                         y_failed_sectors_2k_bio_unaligned_above_block
                         x_failed_sectors_2k_bio_unaligned_above_block))
                  (= a!236 a!238)
                  a!240
                  (= a!242 a!244)))
      (a!251 (ite (<= a!250 (- offset (mod offset 8192)))
                  (- offset (mod offset 8192))
                  a!250)))
(let ((a!24 (div (- (ite (<= a!23 a!4) a!4 a!23) a!23) 4096))
      (a!143 (div (- (ite (<= a!142 a!125) a!125 a!142) a!142) 65536))
      (a!172 (div (- (ite (<= a!171 a!154) a!154 a!171) a!171) 1024))
      (a!201 (div (- (ite (<= a!200 a!183) a!183 a!200) a!200) 16384))
      (a!252 (div (- (ite (<= a!251 a!234) a!234 a!251) a!251) 8192)))
(let ((a!25 (+ a!23 (* (ite (<= a!24 freeBlocks) a!24 freeBlocks) 4096)))
      (a!144 (+ a!142 (* (ite (<= a!143 freeBlocks) a!143 freeBlocks) 65536)))
      (a!173 (+ a!171 (* (ite (<= a!172 freeBlocks) a!172 freeBlocks) 1024)))
      (a!202 (+ a!200 (* (ite (<= a!201 freeBlocks) a!201 freeBlocks) 16384)))
      (a!253 (+ a!251 (* (ite (<= a!252 freeBlocks) a!252 freeBlocks) 8192))))
(let ((a!26 (ite (< (ite (<= a!24 freeBlocks) a!24 freeBlocks) a!24)
                 (ite (<= offset a!25) a!25 offset)
                 (+ offset length)))
      (a!145 (ite (< (ite (<= a!143 freeBlocks) a!143 freeBlocks) a!143)
                  (ite (<= offset a!144) a!144 offset)
                  (+ offset length)))
      (a!174 (ite (< (ite (<= a!172 freeBlocks) a!172 freeBlocks) a!172)
                  (ite (<= offset a!173) a!173 offset)
                  (+ offset length)))
      (a!203 (ite (< (ite (<= a!201 freeBlocks) a!201 freeBlocks) a!201)
                  (ite (<= offset a!202) a!202 offset)
                  (+ offset length)))
      (a!254 (ite (< (ite (<= a!252 freeBlocks) a!252 freeBlocks) a!252)
                  (ite (<= offset a!253) a!253 offset)
                  (+ offset length))))
(let ((a!27 (ite (< 0 (- a!26 offset)) (- a!26 offset) (- 28)))
      (a!146 (ite (< (ite (<= a!143 freeBlocks) a!143 freeBlocks) a!143)
                  (ite (< 0 (- a!145 offset)) (- a!145 offset) (- 28))
                  (ite s_anyFailed_large_sectors_and_blocks (- 5) length)))
      (a!175 (ite (< (ite (<= a!172 freeBlocks) a!172 freeBlocks) a!172)
                  (ite (< 0 (- a!174 offset)) (- a!174 offset) (- 28))
                  (ite s_anyFailed_small_blocks (- 5) length)))
      (a!204 (ite (< (ite (<= a!201 freeBlocks) a!201 freeBlocks) a!201)
                  (ite (< 0 (- a!203 offset)) (- a!203 offset) (- 28))
                  (ite s_anyFailed_large_blocks_bio_not_dividing (- 5) length)))
      (a!255 (ite (< (ite (<= a!252 freeBlocks) a!252 freeBlocks) a!252)
                  (ite (< 0 (- a!254 offset)) (- a!254 offset) (- 28))
                  (ite s_anyFailed_sectors_2k_bio_unaligned_above_block
                       (- 5)
                       length))))
(let ((a!28 (ite (< (ite (<= a!24 freeBlocks) a!24 freeBlocks) a!24)
                 a!27
                 (ite s_anyFailed_bio_equals_block (- 5) length)))
      (a!50 (ite (< (ite (<= a!24 freeBlocks) a!24 freeBlocks) a!24)
                 a!27
                 (ite s_anyFailed_bio_smaller_than_block (- 5) length)))
      (a!72 (ite (< (ite (<= a!24 freeBlocks) a!24 freeBlocks) a!24)
                 a!27
                 (ite s_anyFailed_bio_unaligned_to_block (- 5) length)))
      (a!94 (ite (< (ite (<= a!24 freeBlocks) a!24 freeBlocks) a!24)
                 a!27
                 (ite s_anyFailed_bio_spans_blocks (- 5) length)))
      (a!117 (ite (< (ite (<= a!24 freeBlocks) a!24 freeBlocks) a!24)
                  a!27
                  (ite s_anyFailed_sector_equals_block (- 5) length)))
      (a!147 (ite (< 0 a!146)
                  (ite (<= fileSize (+ offset a!146)) (+ offset a!146) fileSize)
                  fileSize))
      (a!148 (ite (<= (ite (< 0 a!146) (+ offset a!146) 0) a!144)
                  (ite (< 0 a!146) (+ offset a!146) 0)
                  a!144))
      (a!176 (ite (< 0 a!175)
                  (ite (<= fileSize (+ offset a!175)) (+ offset a!175) fileSize)
                  fileSize))
      (a!177 (ite (<= (ite (< 0 a!175) (+ offset a!175) 0) a!173)
                  (ite (< 0 a!175) (+ offset a!175) 0)
                  a!173))
      (a!205 (ite (< 0 a!204)
                  (ite (<= fileSize (+ offset a!204)) (+ offset a!204) fileSize)
                  fileSize))
      (a!206 (ite (<= (ite (< 0 a!204) (+ offset a!204) 0) a!202)
                  (ite (< 0 a!204) (+ offset a!204) 0)
                  a!202))
      (a!226 (ite (< (ite (<= a!24 freeBlocks) a!24 freeBlocks) a!24)
                  a!27
                  (ite s_anyFailed_sectors_1k_bio_not_dividing (- 5) length)))
      (a!256 (ite (< 0 a!255)
                  (ite (<= fileSize (+ offset a!255)) (+ offset a!255) fileSize)
                  fileSize))
      (a!257 (ite (<= (ite (< 0 a!255) (+ offset a!255) 0) a!253)
                  (ite (< 0 a!255) (+ offset a!255) 0)
                  a!253)))
(let ((a!29 (ite (< 0 a!28)
                 (ite (<= fileSize (+ offset a!28)) (+ offset a!28) fileSize)
                 fileSize))
      (a!30 (ite (<= (ite (< 0 a!28) (+ offset a!28) 0) a!25)
                 (ite (< 0 a!28) (+ offset a!28) 0)
                 a!25))
      (a!51 (ite (< 0 a!50)
                 (ite (<= fileSize (+ offset a!50)) (+ offset a!50) fileSize)
                 fileSize))
      (a!52 (ite (<= (ite (< 0 a!50) (+ offset a!50) 0) a!25)
                 (ite (< 0 a!50) (+ offset a!50) 0)
                 a!25))
      (a!73 (ite (< 0 a!72)
                 (ite (<= fileSize (+ offset a!72)) (+ offset a!72) fileSize)
                 fileSize))
      (a!74 (ite (<= (ite (< 0 a!72) (+ offset a!72) 0) a!25)
                 (ite (< 0 a!72) (+ offset a!72) 0)
                 a!25))
      (a!95 (ite (< 0 a!94)
                 (ite (<= fileSize (+ offset a!94)) (+ offset a!94) fileSize)
                 fileSize))
      (a!96 (ite (<= (ite (< 0 a!94) (+ offset a!94) 0) a!25)
                 (ite (< 0 a!94) (+ offset a!94) 0)
                 a!25))
      (a!118 (ite (< 0 a!117)
                  (ite (<= fileSize (+ offset a!117)) (+ offset a!117) fileSize)
                  fileSize))
      (a!119 (ite (<= (ite (< 0 a!117) (+ offset a!117) 0) a!25)
                  (ite (< 0 a!117) (+ offset a!117) 0)
                  a!25))
      (a!149 (- (ite (<= a!142 a!148) a!148 a!142)
                (mod (ite (<= a!142 a!148) a!148 a!142) 65536)))
      (a!150 (= (mod (ite (<= a!142 a!148) a!148 a!142) 65536) 0))
      (a!178 (- (ite (<= a!171 a!177) a!177 a!171)
                (mod (ite (<= a!171 a!177) a!177 a!171) 1024)))
      (a!179 (= (mod (ite (<= a!171 a!177) a!177 a!171) 1024) 0))
      (a!207 (- (ite (<= a!200 a!206) a!206 a!200)
                (mod (ite (<= a!200 a!206) a!206 a!200) 16384)))
      (a!208 (= (mod (ite (<= a!200 a!206) a!206 a!200) 16384) 0))
      (a!227 (ite (< 0 a!226)
                  (ite (<= fileSize (+ offset a!226)) (+ offset a!226) fileSize)
                  fileSize))
      (a!228 (ite (<= (ite (< 0 a!226) (+ offset a!226) 0) a!25)
                  (ite (< 0 a!226) (+ offset a!226) 0)
                  a!25))
      (a!258 (- (ite (<= a!251 a!257) a!257 a!251)
                (mod (ite (<= a!251 a!257) a!257 a!251) 8192)))
      (a!259 (= (mod (ite (<= a!251 a!257) a!257 a!251) 8192) 0)))
(let ((a!31 (- (ite (<= a!23 a!30) a!30 a!23)
               (mod (ite (<= a!23 a!30) a!30 a!23) 4096)))
      (a!32 (= (mod (ite (<= a!23 a!30) a!30 a!23) 4096) 0))
      (a!53 (- (ite (<= a!23 a!52) a!52 a!23)
               (mod (ite (<= a!23 a!52) a!52 a!23) 4096)))
      (a!54 (= (mod (ite (<= a!23 a!52) a!52 a!23) 4096) 0))
      (a!75 (- (ite (<= a!23 a!74) a!74 a!23)
               (mod (ite (<= a!23 a!74) a!74 a!23) 4096)))
      (a!76 (= (mod (ite (<= a!23 a!74) a!74 a!23) 4096) 0))
      (a!97 (- (ite (<= a!23 a!96) a!96 a!23)
               (mod (ite (<= a!23 a!96) a!96 a!23) 4096)))
      (a!98 (= (mod (ite (<= a!23 a!96) a!96 a!23) 4096) 0))
      (a!120 (- (ite (<= a!23 a!119) a!119 a!23)
                (mod (ite (<= a!23 a!119) a!119 a!23) 4096)))
      (a!121 (= (mod (ite (<= a!23 a!119) a!119 a!23) 4096) 0))
      (a!151 (ite (<= (+ a!149 (ite a!150 0 65536)) a!144)
                  (+ a!149 (ite a!150 0 65536))
                  a!144))
      (a!180 (ite (<= (+ a!178 (ite a!179 0 1024)) a!173)
                  (+ a!178 (ite a!179 0 1024))
                  a!173))
      (a!209 (ite (<= (+ a!207 (ite a!208 0 16384)) a!202)
                  (+ a!207 (ite a!208 0 16384))
                  a!202))
      (a!229 (- (ite (<= a!23 a!228) a!228 a!23)
                (mod (ite (<= a!23 a!228) a!228 a!23) 4096)))
      (a!230 (= (mod (ite (<= a!23 a!228) a!228 a!23) 4096) 0))
      (a!260 (ite (<= (+ a!258 (ite a!259 0 8192)) a!253)
                  (+ a!258 (ite a!259 0 8192))
                  a!253)))
(let ((a!33 (ite (<= (+ a!31 (ite a!32 0 4096)) a!25)
                 (+ a!31 (ite a!32 0 4096))
                 a!25))
      (a!55 (ite (<= (+ a!53 (ite a!54 0 4096)) a!25)
                 (+ a!53 (ite a!54 0 4096))
                 a!25))
      (a!77 (ite (<= (+ a!75 (ite a!76 0 4096)) a!25)
                 (+ a!75 (ite a!76 0 4096))
                 a!25))
      (a!99 (ite (<= (+ a!97 (ite a!98 0 4096)) a!25)
                 (+ a!97 (ite a!98 0 4096))
                 a!25))
      (a!122 (ite (<= (+ a!120 (ite a!121 0 4096)) a!25)
                  (+ a!120 (ite a!121 0 4096))
                  a!25))
      (a!152 (or (not a!136)
                 a!140
                 (not (and (= a!146 a!146) (= a!147 a!147) (= a!151 a!151)))))
      (a!181 (or (not a!165)
                 a!169
                 (not (and (= a!175 a!175) (= a!176 a!176) (= a!180 a!180)))))
      (a!210 (or (not a!194)
                 a!198
                 (not (and (= a!204 a!204) (= a!205 a!205) (= a!209 a!209)))))
      (a!231 (ite (<= (+ a!229 (ite a!230 0 4096)) a!25)
                  (+ a!229 (ite a!230 0 4096))
                  a!25))
      (a!261 (or (not a!245)
                 a!249
                 (not (and (= a!255 a!255) (= a!256 a!256) (= a!260 a!260))))))
(let ((a!34 (or (not a!16)
                a!20
                (not (and (= a!28 a!28) (= a!29 a!29) (= a!33 a!33)))))
      (a!56 (or (not a!45)
                a!49
                (not (and (= a!50 a!50) (= a!51 a!51) (= a!55 a!55)))))
      (a!78 (or (not a!67)
                a!71
                (not (and (= a!72 a!72) (= a!73 a!73) (= a!77 a!77)))))
      (a!100 (or (not a!89)
                 a!93
                 (not (and (= a!94 a!94) (= a!95 a!95) (= a!99 a!99)))))
      (a!123 (or (not a!112)
                 a!116
                 (not (and (= a!117 a!117) (= a!118 a!118) (= a!122 a!122)))))
      (a!232 (or (not a!221)
                 a!225
                 (not (and (= a!226 a!226) (= a!227 a!227) (= a!231 a!231))))))
  (or (and a!5 a!34)
      (and a!5 a!56)
      (and a!5 a!78)
      (and a!5 a!100)
      (and a!101
           (<= a!4 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           a!123)
      (and a!101
           (<= a!125 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           a!152)
      (and a!2
           (<= a!154 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           a!181)
      (and a!2
           (<= a!183 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           a!210)
      (and a!1
           (= (mod offset 1024) 0)
           (= (mod length 1024) 0)
           (<= a!4 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           a!232)
      (and a!1
           (= (mod offset 2048) 0)
           (= (mod length 2048) 0)
           (<= a!234 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           a!261)))))))))))))))
(check-sat)
(reset)
