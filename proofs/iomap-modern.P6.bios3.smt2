; DioVerify proof obligation (dioverify 0.1.0)
; policy:   iomap-modern
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
      (a!34 (< y_start_bio_smaller_than_block
               (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!36 (< x_start_bio_smaller_than_block
               (ite (and y_failed_bio_smaller_than_block
                         (< y_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    y_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!38 (+ (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))
               (ite (not y_failed_bio_smaller_than_block)
                    (- y_end_bio_smaller_than_block
                       y_start_bio_smaller_than_block)
                    0)))
      (a!40 (< (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               y_end_bio_smaller_than_block))
      (a!42 (< (ite (and (not y_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            y_end_bio_smaller_than_block))
                    y_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               x_end_bio_smaller_than_block))
      (a!45 (= (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)
               (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!46 (= (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))
               (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))))
      (a!47 (= (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)))
      (a!55 (< y_start_bio_unaligned_to_block
               (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!57 (< x_start_bio_unaligned_to_block
               (ite (and y_failed_bio_unaligned_to_block
                         (< y_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    y_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!59 (+ (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))
               (ite (not y_failed_bio_unaligned_to_block)
                    (- y_end_bio_unaligned_to_block
                       y_start_bio_unaligned_to_block)
                    0)))
      (a!61 (< (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               y_end_bio_unaligned_to_block))
      (a!63 (< (ite (and (not y_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            y_end_bio_unaligned_to_block))
                    y_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               x_end_bio_unaligned_to_block))
      (a!66 (= (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)
               (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!67 (= (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))
               (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))))
      (a!68 (= (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)))
      (a!76 (< y_start_bio_spans_blocks
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!78 (< x_start_bio_spans_blocks
               (ite (and y_failed_bio_spans_blocks
                         (< y_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    y_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!80 (+ (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (ite (not y_failed_bio_spans_blocks)
                    (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                    0)))
      (a!82 (< (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               y_end_bio_spans_blocks))
      (a!84 (< (ite (and (not y_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            y_end_bio_spans_blocks))
                    y_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               x_end_bio_spans_blocks))
      (a!87 (= (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!88 (= (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!89 (= (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)))
      (a!98 (< y_start_sector_equals_block
               (ite (and x_failed_sector_equals_block
                         (< x_start_sector_equals_block
                            s_lowestFailedStart_sector_equals_block))
                    x_start_sector_equals_block
                    s_lowestFailedStart_sector_equals_block)))
      (a!100 (< x_start_sector_equals_block
                (ite (and y_failed_sector_equals_block
                          (< y_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     y_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)))
      (a!102 (+ (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))
                (ite (not y_failed_sector_equals_block)
                     (- y_end_sector_equals_block y_start_sector_equals_block)
                     0)))
      (a!104 (< (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                y_end_sector_equals_block))
      (a!106 (< (ite (and (not y_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             y_end_sector_equals_block))
                     y_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                x_end_sector_equals_block))
      (a!109 (= (ite (and x_failed_sector_equals_block
                          (< x_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     x_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)
                (ite (and x_failed_sector_equals_block
                          (< x_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     x_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)))
      (a!110 (= (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))
                (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))))
      (a!111 (= (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)))
      (a!119 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!121 (< y_start_large_sectors_and_blocks
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!123 (< x_start_large_sectors_and_blocks
                (ite (and y_failed_large_sectors_and_blocks
                          (< y_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     y_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!125 (+ (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (ite (not y_failed_large_sectors_and_blocks)
                     (- y_end_large_sectors_and_blocks
                        y_start_large_sectors_and_blocks)
                     0)))
      (a!127 (< (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                y_end_large_sectors_and_blocks))
      (a!129 (< (ite (and (not y_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             y_end_large_sectors_and_blocks))
                     y_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                x_end_large_sectors_and_blocks))
      (a!132 (= (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!133 (= (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!134 (= (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)))
      (a!148 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!150 (< y_start_small_blocks
                (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!152 (< x_start_small_blocks
                (ite (and y_failed_small_blocks
                          (< y_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     y_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!154 (+ (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))
                (ite (not y_failed_small_blocks)
                     (- y_end_small_blocks y_start_small_blocks)
                     0)))
      (a!156 (< (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)
                y_end_small_blocks))
      (a!158 (< (ite (and (not y_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks y_end_small_blocks))
                     y_end_small_blocks
                     s_highestOkEnd_small_blocks)
                x_end_small_blocks))
      (a!161 (= (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)
                (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!162 (= (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))
                (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))))
      (a!163 (= (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)
                (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)))
      (a!177 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!179 (< y_start_large_blocks_bio_not_dividing
                (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!181 (< x_start_large_blocks_bio_not_dividing
                (ite (and y_failed_large_blocks_bio_not_dividing
                          (< y_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     y_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!183 (+ (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))
                (ite (not y_failed_large_blocks_bio_not_dividing)
                     (- y_end_large_blocks_bio_not_dividing
                        y_start_large_blocks_bio_not_dividing)
                     0)))
      (a!185 (< (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                y_end_large_blocks_bio_not_dividing))
      (a!187 (< (ite (and (not y_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             y_end_large_blocks_bio_not_dividing))
                     y_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                x_end_large_blocks_bio_not_dividing))
      (a!190 (= (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)
                (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!191 (= (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))
                (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))))
      (a!192 (= (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!206 (< y_start_sectors_1k_bio_not_dividing
                (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!208 (< x_start_sectors_1k_bio_not_dividing
                (ite (and y_failed_sectors_1k_bio_not_dividing
                          (< y_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     y_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!210 (+ (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))
                (ite (not y_failed_sectors_1k_bio_not_dividing)
                     (- y_end_sectors_1k_bio_not_dividing
                        y_start_sectors_1k_bio_not_dividing)
                     0)))
      (a!212 (< (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                y_end_sectors_1k_bio_not_dividing))
      (a!214 (< (ite (and (not y_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             y_end_sectors_1k_bio_not_dividing))
                     y_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                x_end_sectors_1k_bio_not_dividing))
      (a!217 (= (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)
                (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!218 (= (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))
                (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))))
      (a!219 (= (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!227 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!229 (< y_start_sectors_2k_bio_unaligned_above_block
                (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!231 (< x_start_sectors_2k_bio_unaligned_above_block
                (ite (and y_failed_sectors_2k_bio_unaligned_above_block
                          (< y_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     y_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!233 (+ (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))
                (ite (not y_failed_sectors_2k_bio_unaligned_above_block)
                     (- y_end_sectors_2k_bio_unaligned_above_block
                        y_start_sectors_2k_bio_unaligned_above_block)
                     0)))
      (a!235 (< (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                y_end_sectors_2k_bio_unaligned_above_block))
      (a!237 (< (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             y_end_sectors_2k_bio_unaligned_above_block))
                     y_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                x_end_sectors_2k_bio_unaligned_above_block))
      (a!240 (= (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)
                (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!241 (= (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))
                (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))))
      (a!242 (= (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
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
      (a!35 (ite (and y_failed_bio_smaller_than_block a!34)
                 y_start_bio_smaller_than_block
                 (ite (and x_failed_bio_smaller_than_block
                           (< x_start_bio_smaller_than_block
                              s_lowestFailedStart_bio_smaller_than_block))
                      x_start_bio_smaller_than_block
                      s_lowestFailedStart_bio_smaller_than_block)))
      (a!37 (ite (and x_failed_bio_smaller_than_block a!36)
                 x_start_bio_smaller_than_block
                 (ite (and y_failed_bio_smaller_than_block
                           (< y_start_bio_smaller_than_block
                              s_lowestFailedStart_bio_smaller_than_block))
                      y_start_bio_smaller_than_block
                      s_lowestFailedStart_bio_smaller_than_block)))
      (a!39 (= a!38
               (+ s_okBytes_bio_smaller_than_block
                  (ite (not y_failed_bio_smaller_than_block)
                       (- y_end_bio_smaller_than_block
                          y_start_bio_smaller_than_block)
                       0)
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))))
      (a!41 (ite (and (not y_failed_bio_smaller_than_block) a!40)
                 y_end_bio_smaller_than_block
                 (ite (and (not x_failed_bio_smaller_than_block)
                           (< s_highestOkEnd_bio_smaller_than_block
                              x_end_bio_smaller_than_block))
                      x_end_bio_smaller_than_block
                      s_highestOkEnd_bio_smaller_than_block)))
      (a!43 (ite (and (not x_failed_bio_smaller_than_block) a!42)
                 x_end_bio_smaller_than_block
                 (ite (and (not y_failed_bio_smaller_than_block)
                           (< s_highestOkEnd_bio_smaller_than_block
                              y_end_bio_smaller_than_block))
                      y_end_bio_smaller_than_block
                      s_highestOkEnd_bio_smaller_than_block)))
      (a!48 (not (and (= (or s_anyFailed_bio_smaller_than_block
                             x_failed_bio_smaller_than_block)
                         (or s_anyFailed_bio_smaller_than_block
                             x_failed_bio_smaller_than_block))
                      a!45
                      a!46
                      a!47)))
      (a!56 (ite (and y_failed_bio_unaligned_to_block a!55)
                 y_start_bio_unaligned_to_block
                 (ite (and x_failed_bio_unaligned_to_block
                           (< x_start_bio_unaligned_to_block
                              s_lowestFailedStart_bio_unaligned_to_block))
                      x_start_bio_unaligned_to_block
                      s_lowestFailedStart_bio_unaligned_to_block)))
      (a!58 (ite (and x_failed_bio_unaligned_to_block a!57)
                 x_start_bio_unaligned_to_block
                 (ite (and y_failed_bio_unaligned_to_block
                           (< y_start_bio_unaligned_to_block
                              s_lowestFailedStart_bio_unaligned_to_block))
                      y_start_bio_unaligned_to_block
                      s_lowestFailedStart_bio_unaligned_to_block)))
      (a!60 (= a!59
               (+ s_okBytes_bio_unaligned_to_block
                  (ite (not y_failed_bio_unaligned_to_block)
                       (- y_end_bio_unaligned_to_block
                          y_start_bio_unaligned_to_block)
                       0)
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))))
      (a!62 (ite (and (not y_failed_bio_unaligned_to_block) a!61)
                 y_end_bio_unaligned_to_block
                 (ite (and (not x_failed_bio_unaligned_to_block)
                           (< s_highestOkEnd_bio_unaligned_to_block
                              x_end_bio_unaligned_to_block))
                      x_end_bio_unaligned_to_block
                      s_highestOkEnd_bio_unaligned_to_block)))
      (a!64 (ite (and (not x_failed_bio_unaligned_to_block) a!63)
                 x_end_bio_unaligned_to_block
                 (ite (and (not y_failed_bio_unaligned_to_block)
                           (< s_highestOkEnd_bio_unaligned_to_block
                              y_end_bio_unaligned_to_block))
                      y_end_bio_unaligned_to_block
                      s_highestOkEnd_bio_unaligned_to_block)))
      (a!69 (not (and (= (or s_anyFailed_bio_unaligned_to_block
                             x_failed_bio_unaligned_to_block)
                         (or s_anyFailed_bio_unaligned_to_block
                             x_failed_bio_unaligned_to_block))
                      a!66
                      a!67
                      a!68)))
      (a!77 (ite (and y_failed_bio_spans_blocks a!76)
                 y_start_bio_spans_blocks
                 (ite (and x_failed_bio_spans_blocks
                           (< x_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      x_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!79 (ite (and x_failed_bio_spans_blocks a!78)
                 x_start_bio_spans_blocks
                 (ite (and y_failed_bio_spans_blocks
                           (< y_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      y_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!81 (= a!80
               (+ s_okBytes_bio_spans_blocks
                  (ite (not y_failed_bio_spans_blocks)
                       (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                       0)
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!83 (ite (and (not y_failed_bio_spans_blocks) a!82)
                 y_end_bio_spans_blocks
                 (ite (and (not x_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              x_end_bio_spans_blocks))
                      x_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!85 (ite (and (not x_failed_bio_spans_blocks) a!84)
                 x_end_bio_spans_blocks
                 (ite (and (not y_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              y_end_bio_spans_blocks))
                      y_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!90 (not (and (= (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks)
                         (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks))
                      a!87
                      a!88
                      a!89)))
      (a!97 (and a!1 (= (mod offset 4096) 0) (= (mod length 4096) 0)))
      (a!99 (ite (and y_failed_sector_equals_block a!98)
                 y_start_sector_equals_block
                 (ite (and x_failed_sector_equals_block
                           (< x_start_sector_equals_block
                              s_lowestFailedStart_sector_equals_block))
                      x_start_sector_equals_block
                      s_lowestFailedStart_sector_equals_block)))
      (a!101 (ite (and x_failed_sector_equals_block a!100)
                  x_start_sector_equals_block
                  (ite (and y_failed_sector_equals_block
                            (< y_start_sector_equals_block
                               s_lowestFailedStart_sector_equals_block))
                       y_start_sector_equals_block
                       s_lowestFailedStart_sector_equals_block)))
      (a!103 (= a!102
                (+ s_okBytes_sector_equals_block
                   (ite (not y_failed_sector_equals_block)
                        (- y_end_sector_equals_block
                           y_start_sector_equals_block)
                        0)
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))))
      (a!105 (ite (and (not y_failed_sector_equals_block) a!104)
                  y_end_sector_equals_block
                  (ite (and (not x_failed_sector_equals_block)
                            (< s_highestOkEnd_sector_equals_block
                               x_end_sector_equals_block))
                       x_end_sector_equals_block
                       s_highestOkEnd_sector_equals_block)))
      (a!107 (ite (and (not x_failed_sector_equals_block) a!106)
                  x_end_sector_equals_block
                  (ite (and (not y_failed_sector_equals_block)
                            (< s_highestOkEnd_sector_equals_block
                               y_end_sector_equals_block))
                       y_end_sector_equals_block
                       s_highestOkEnd_sector_equals_block)))
      (a!112 (not (and (= (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block)
                          (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block))
                       a!109
                       a!110
                       a!111)))
      (a!120 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!119))
      (a!122 (ite (and y_failed_large_sectors_and_blocks a!121)
                  y_start_large_sectors_and_blocks
                  (ite (and x_failed_large_sectors_and_blocks
                            (< x_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       x_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!124 (ite (and x_failed_large_sectors_and_blocks a!123)
                  x_start_large_sectors_and_blocks
                  (ite (and y_failed_large_sectors_and_blocks
                            (< y_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       y_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!126 (= a!125
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not y_failed_large_sectors_and_blocks)
                        (- y_end_large_sectors_and_blocks
                           y_start_large_sectors_and_blocks)
                        0)
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!128 (ite (and (not y_failed_large_sectors_and_blocks) a!127)
                  y_end_large_sectors_and_blocks
                  (ite (and (not x_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               x_end_large_sectors_and_blocks))
                       x_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!130 (ite (and (not x_failed_large_sectors_and_blocks) a!129)
                  x_end_large_sectors_and_blocks
                  (ite (and (not y_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               y_end_large_sectors_and_blocks))
                       y_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!135 (not (and (= (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks)
                          (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks))
                       a!132
                       a!133
                       a!134)))
      (a!136 (+ (- a!21 (mod a!21 65536)) (ite (= (mod a!21 65536) 0) 0 65536)))
      (a!149 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!148))
      (a!151 (ite (and y_failed_small_blocks a!150)
                  y_start_small_blocks
                  (ite (and x_failed_small_blocks
                            (< x_start_small_blocks
                               s_lowestFailedStart_small_blocks))
                       x_start_small_blocks
                       s_lowestFailedStart_small_blocks)))
      (a!153 (ite (and x_failed_small_blocks a!152)
                  x_start_small_blocks
                  (ite (and y_failed_small_blocks
                            (< y_start_small_blocks
                               s_lowestFailedStart_small_blocks))
                       y_start_small_blocks
                       s_lowestFailedStart_small_blocks)))
      (a!155 (= a!154
                (+ s_okBytes_small_blocks
                   (ite (not y_failed_small_blocks)
                        (- y_end_small_blocks y_start_small_blocks)
                        0)
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))))
      (a!157 (ite (and (not y_failed_small_blocks) a!156)
                  y_end_small_blocks
                  (ite (and (not x_failed_small_blocks)
                            (< s_highestOkEnd_small_blocks x_end_small_blocks))
                       x_end_small_blocks
                       s_highestOkEnd_small_blocks)))
      (a!159 (ite (and (not x_failed_small_blocks) a!158)
                  x_end_small_blocks
                  (ite (and (not y_failed_small_blocks)
                            (< s_highestOkEnd_small_blocks y_end_small_blocks))
                       y_end_small_blocks
                       s_highestOkEnd_small_blocks)))
      (a!164 (not (and (= (or s_anyFailed_small_blocks x_failed_small_blocks)
                          (or s_anyFailed_small_blocks x_failed_small_blocks))
                       a!161
                       a!162
                       a!163)))
      (a!165 (+ (- a!21 (mod a!21 1024)) (ite (= (mod a!21 1024) 0) 0 1024)))
      (a!178 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!177))
      (a!180 (ite (and y_failed_large_blocks_bio_not_dividing a!179)
                  y_start_large_blocks_bio_not_dividing
                  (ite (and x_failed_large_blocks_bio_not_dividing
                            (< x_start_large_blocks_bio_not_dividing
                               s_lowestFailedStart_large_blocks_bio_not_dividing))
                       x_start_large_blocks_bio_not_dividing
                       s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!182 (ite (and x_failed_large_blocks_bio_not_dividing a!181)
                  x_start_large_blocks_bio_not_dividing
                  (ite (and y_failed_large_blocks_bio_not_dividing
                            (< y_start_large_blocks_bio_not_dividing
                               s_lowestFailedStart_large_blocks_bio_not_dividing))
                       y_start_large_blocks_bio_not_dividing
                       s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!184 (= a!183
                (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not y_failed_large_blocks_bio_not_dividing)
                        (- y_end_large_blocks_bio_not_dividing
                           y_start_large_blocks_bio_not_dividing)
                        0)
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))))
      (a!186 (ite (and (not y_failed_large_blocks_bio_not_dividing) a!185)
                  y_end_large_blocks_bio_not_dividing
                  (ite (and (not x_failed_large_blocks_bio_not_dividing)
                            (< s_highestOkEnd_large_blocks_bio_not_dividing
                               x_end_large_blocks_bio_not_dividing))
                       x_end_large_blocks_bio_not_dividing
                       s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!188 (ite (and (not x_failed_large_blocks_bio_not_dividing) a!187)
                  x_end_large_blocks_bio_not_dividing
                  (ite (and (not y_failed_large_blocks_bio_not_dividing)
                            (< s_highestOkEnd_large_blocks_bio_not_dividing
                               y_end_large_blocks_bio_not_dividing))
                       y_end_large_blocks_bio_not_dividing
                       s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!193 (not (and (= (or s_anyFailed_large_blocks_bio_not_dividing
                              x_failed_large_blocks_bio_not_dividing)
                          (or s_anyFailed_large_blocks_bio_not_dividing
                              x_failed_large_blocks_bio_not_dividing))
                       a!190
                       a!191
                       a!192)))
      (a!194 (+ (- a!21 (mod a!21 16384)) (ite (= (mod a!21 16384) 0) 0 16384)))
      (a!207 (ite (and y_failed_sectors_1k_bio_not_dividing a!206)
                  y_start_sectors_1k_bio_not_dividing
                  (ite (and x_failed_sectors_1k_bio_not_dividing
                            (< x_start_sectors_1k_bio_not_dividing
                               s_lowestFailedStart_sectors_1k_bio_not_dividing))
                       x_start_sectors_1k_bio_not_dividing
                       s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!209 (ite (and x_failed_sectors_1k_bio_not_dividing a!208)
                  x_start_sectors_1k_bio_not_dividing
                  (ite (and y_failed_sectors_1k_bio_not_dividing
                            (< y_start_sectors_1k_bio_not_dividing
                               s_lowestFailedStart_sectors_1k_bio_not_dividing))
                       y_start_sectors_1k_bio_not_dividing
                       s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!211 (= a!210
                (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not y_failed_sectors_1k_bio_not_dividing)
                        (- y_end_sectors_1k_bio_not_dividing
                           y_start_sectors_1k_bio_not_dividing)
                        0)
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))))
      (a!213 (ite (and (not y_failed_sectors_1k_bio_not_dividing) a!212)
                  y_end_sectors_1k_bio_not_dividing
                  (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                            (< s_highestOkEnd_sectors_1k_bio_not_dividing
                               x_end_sectors_1k_bio_not_dividing))
                       x_end_sectors_1k_bio_not_dividing
                       s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!215 (ite (and (not x_failed_sectors_1k_bio_not_dividing) a!214)
                  x_end_sectors_1k_bio_not_dividing
                  (ite (and (not y_failed_sectors_1k_bio_not_dividing)
                            (< s_highestOkEnd_sectors_1k_bio_not_dividing
                               y_end_sectors_1k_bio_not_dividing))
                       y_end_sectors_1k_bio_not_dividing
                       s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!220 (not (and (= (or s_anyFailed_sectors_1k_bio_not_dividing
                              x_failed_sectors_1k_bio_not_dividing)
                          (or s_anyFailed_sectors_1k_bio_not_dividing
                              x_failed_sectors_1k_bio_not_dividing))
                       a!217
                       a!218
                       a!219)))
      (a!228 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!227))
      (a!230 (ite (and y_failed_sectors_2k_bio_unaligned_above_block a!229)
                  y_start_sectors_2k_bio_unaligned_above_block
                  (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                            (< x_start_sectors_2k_bio_unaligned_above_block
                               s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                       x_start_sectors_2k_bio_unaligned_above_block
                       s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!232 (ite (and x_failed_sectors_2k_bio_unaligned_above_block a!231)
                  x_start_sectors_2k_bio_unaligned_above_block
                  (ite (and y_failed_sectors_2k_bio_unaligned_above_block
                            (< y_start_sectors_2k_bio_unaligned_above_block
                               s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                       y_start_sectors_2k_bio_unaligned_above_block
                       s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!234 (= a!233
                (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not y_failed_sectors_2k_bio_unaligned_above_block)
                        (- y_end_sectors_2k_bio_unaligned_above_block
                           y_start_sectors_2k_bio_unaligned_above_block)
                        0)
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))))
      (a!236 (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                       a!235)
                  y_end_sectors_2k_bio_unaligned_above_block
                  (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                            (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                               x_end_sectors_2k_bio_unaligned_above_block))
                       x_end_sectors_2k_bio_unaligned_above_block
                       s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!238 (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                       a!237)
                  x_end_sectors_2k_bio_unaligned_above_block
                  (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                            (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                               y_end_sectors_2k_bio_unaligned_above_block))
                       y_end_sectors_2k_bio_unaligned_above_block
                       s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!243 (not (and (= (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                              x_failed_sectors_2k_bio_unaligned_above_block)
                          (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                              x_failed_sectors_2k_bio_unaligned_above_block))
                       a!240
                       a!241
                       a!242)))
      (a!244 (+ (- a!21 (mod a!21 8192)) (ite (= (mod a!21 8192) 0) 0 8192))))
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
      (a!44 (and (= (or (or s_anyFailed_bio_smaller_than_block
                            x_failed_bio_smaller_than_block)
                        y_failed_bio_smaller_than_block)
                    (or s_anyFailed_bio_smaller_than_block
                        y_failed_bio_smaller_than_block
                        x_failed_bio_smaller_than_block))
                 (= a!35 a!37)
                 a!39
                 (= a!41 a!43)))
      (a!65 (and (= (or (or s_anyFailed_bio_unaligned_to_block
                            x_failed_bio_unaligned_to_block)
                        y_failed_bio_unaligned_to_block)
                    (or s_anyFailed_bio_unaligned_to_block
                        y_failed_bio_unaligned_to_block
                        x_failed_bio_unaligned_to_block))
                 (= a!56 a!58)
                 a!60
                 (= a!62 a!64)))
      (a!86 (and (= (or (or s_anyFailed_bio_spans_blocks
                            x_failed_bio_spans_blocks)
                        y_failed_bio_spans_blocks)
                    (or s_anyFailed_bio_spans_blocks
                        y_failed_bio_spans_blocks
                        x_failed_bio_spans_blocks))
                 (= a!77 a!79)
                 a!81
                 (= a!83 a!85)))
      (a!108 (and (= (or (or s_anyFailed_sector_equals_block
                             x_failed_sector_equals_block)
                         y_failed_sector_equals_block)
                     (or s_anyFailed_sector_equals_block
                         y_failed_sector_equals_block
                         x_failed_sector_equals_block))
                  (= a!99 a!101)
                  a!103
                  (= a!105 a!107)))
      (a!131 (and (= (or (or s_anyFailed_large_sectors_and_blocks
                             x_failed_large_sectors_and_blocks)
                         y_failed_large_sectors_and_blocks)
                     (or s_anyFailed_large_sectors_and_blocks
                         y_failed_large_sectors_and_blocks
                         x_failed_large_sectors_and_blocks))
                  (= a!122 a!124)
                  a!126
                  (= a!128 a!130)))
      (a!137 (ite (<= a!136 (- offset (mod offset 65536)))
                  (- offset (mod offset 65536))
                  a!136))
      (a!160 (and (= (or (or s_anyFailed_small_blocks x_failed_small_blocks)
                         y_failed_small_blocks)
                     (or s_anyFailed_small_blocks
                         y_failed_small_blocks
                         x_failed_small_blocks))
                  (= a!151 a!153)
                  a!155
                  (= a!157 a!159)))
      (a!166 (ite (<= a!165 (- offset (mod offset 1024)))
                  (- offset (mod offset 1024))
                  a!165))
      (a!189 (and (= (or (or s_anyFailed_large_blocks_bio_not_dividing
                             x_failed_large_blocks_bio_not_dividing)
                         y_failed_large_blocks_bio_not_dividing)
                     (or s_anyFailed_large_blocks_bio_not_dividing
                         y_failed_large_blocks_bio_not_dividing
                         x_failed_large_blocks_bio_not_dividing))
                  (= a!180 a!182)
                  a!184
                  (= a!186 a!188)))
      (a!195 (ite (<= a!194 (- offset (mod offset 16384)))
                  (- offset (mod offset 16384))
                  a!194))
      (a!216 (and (= (or (or s_anyFailed_sectors_1k_bio_not_dividing
                             x_failed_sectors_1k_bio_not_dividing)
                         y_failed_sectors_1k_bio_not_dividing)
                     (or s_anyFailed_sectors_1k_bio_not_dividing
                         y_failed_sectors_1k_bio_not_dividing
                         x_failed_sectors_1k_bio_not_dividing))
                  (= a!207 a!209)
                  a!211
                  (= a!213 a!215)))
      (a!239 (and (= (or (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                             x_failed_sectors_2k_bio_unaligned_above_block)
                         y_failed_sectors_2k_bio_unaligned_above_block)
                     (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                         y_failed_sectors_2k_bio_unaligned_above_block
                         x_failed_sectors_2k_bio_unaligned_above_block))
                  (= a!230 a!232)
                  a!234
                  (= a!236 a!238)))
      (a!245 (ite (<= a!244 (- offset (mod offset 8192)))
                  (- offset (mod offset 8192))
                  a!244)))
(let ((a!24 (div (- (ite (<= a!23 a!4) a!4 a!23) a!23) 4096))
      (a!138 (div (- (ite (<= a!137 a!120) a!120 a!137) a!137) 65536))
      (a!167 (div (- (ite (<= a!166 a!149) a!149 a!166) a!166) 1024))
      (a!196 (div (- (ite (<= a!195 a!178) a!178 a!195) a!195) 16384))
      (a!246 (div (- (ite (<= a!245 a!228) a!228 a!245) a!245) 8192)))
(let ((a!25 (+ a!23 (* (ite (<= a!24 freeBlocks) a!24 freeBlocks) 4096)))
      (a!139 (+ a!137 (* (ite (<= a!138 freeBlocks) a!138 freeBlocks) 65536)))
      (a!168 (+ a!166 (* (ite (<= a!167 freeBlocks) a!167 freeBlocks) 1024)))
      (a!197 (+ a!195 (* (ite (<= a!196 freeBlocks) a!196 freeBlocks) 16384)))
      (a!247 (+ a!245 (* (ite (<= a!246 freeBlocks) a!246 freeBlocks) 8192))))
(let ((a!26 (ite (< (ite (<= a!24 freeBlocks) a!24 freeBlocks) a!24)
                 (ite (<= offset a!25) a!25 offset)
                 (+ offset length)))
      (a!140 (ite (< (ite (<= a!138 freeBlocks) a!138 freeBlocks) a!138)
                  (ite (<= offset a!139) a!139 offset)
                  (+ offset length)))
      (a!169 (ite (< (ite (<= a!167 freeBlocks) a!167 freeBlocks) a!167)
                  (ite (<= offset a!168) a!168 offset)
                  (+ offset length)))
      (a!198 (ite (< (ite (<= a!196 freeBlocks) a!196 freeBlocks) a!196)
                  (ite (<= offset a!197) a!197 offset)
                  (+ offset length)))
      (a!248 (ite (< (ite (<= a!246 freeBlocks) a!246 freeBlocks) a!246)
                  (ite (<= offset a!247) a!247 offset)
                  (+ offset length))))
(let ((a!27 (ite (< (ite (<= a!24 freeBlocks) a!24 freeBlocks) a!24)
                 (ite (< 0 (- a!26 offset)) (- a!26 offset) (- 28))
                 length))
      (a!141 (ite (< (ite (<= a!138 freeBlocks) a!138 freeBlocks) a!138)
                  (ite (< 0 (- a!140 offset)) (- a!140 offset) (- 28))
                  length))
      (a!170 (ite (< (ite (<= a!167 freeBlocks) a!167 freeBlocks) a!167)
                  (ite (< 0 (- a!169 offset)) (- a!169 offset) (- 28))
                  length))
      (a!199 (ite (< (ite (<= a!196 freeBlocks) a!196 freeBlocks) a!196)
                  (ite (< 0 (- a!198 offset)) (- a!198 offset) (- 28))
                  length))
      (a!249 (ite (< (ite (<= a!246 freeBlocks) a!246 freeBlocks) a!246)
                  (ite (< 0 (- a!248 offset)) (- a!248 offset) (- 28))
                  length)))
(let ((a!28 (ite (<= fileSize
                     (+ offset (ite s_anyFailed_bio_equals_block (- 5) a!27)))
                 (+ offset (ite s_anyFailed_bio_equals_block (- 5) a!27))
                 fileSize))
      (a!30 (ite (< 0 (ite s_anyFailed_bio_equals_block (- 5) a!27))
                 (+ offset (ite s_anyFailed_bio_equals_block (- 5) a!27))
                 0))
      (a!49 (ite (<= fileSize
                     (+ offset
                        (ite s_anyFailed_bio_smaller_than_block (- 5) a!27)))
                 (+ offset (ite s_anyFailed_bio_smaller_than_block (- 5) a!27))
                 fileSize))
      (a!51 (ite (< 0 (ite s_anyFailed_bio_smaller_than_block (- 5) a!27))
                 (+ offset (ite s_anyFailed_bio_smaller_than_block (- 5) a!27))
                 0))
      (a!70 (ite (<= fileSize
                     (+ offset
                        (ite s_anyFailed_bio_unaligned_to_block (- 5) a!27)))
                 (+ offset (ite s_anyFailed_bio_unaligned_to_block (- 5) a!27))
                 fileSize))
      (a!72 (ite (< 0 (ite s_anyFailed_bio_unaligned_to_block (- 5) a!27))
                 (+ offset (ite s_anyFailed_bio_unaligned_to_block (- 5) a!27))
                 0))
      (a!91 (ite (<= fileSize
                     (+ offset (ite s_anyFailed_bio_spans_blocks (- 5) a!27)))
                 (+ offset (ite s_anyFailed_bio_spans_blocks (- 5) a!27))
                 fileSize))
      (a!93 (ite (< 0 (ite s_anyFailed_bio_spans_blocks (- 5) a!27))
                 (+ offset (ite s_anyFailed_bio_spans_blocks (- 5) a!27))
                 0))
      (a!113 (ite (<= fileSize
                      (+ offset
                         (ite s_anyFailed_sector_equals_block (- 5) a!27)))
                  (+ offset (ite s_anyFailed_sector_equals_block (- 5) a!27))
                  fileSize))
      (a!115 (ite (< 0 (ite s_anyFailed_sector_equals_block (- 5) a!27))
                  (+ offset (ite s_anyFailed_sector_equals_block (- 5) a!27))
                  0))
      (a!142 (ite (<= fileSize
                      (+ offset
                         (ite s_anyFailed_large_sectors_and_blocks (- 5) a!141)))
                  (+ offset
                     (ite s_anyFailed_large_sectors_and_blocks (- 5) a!141))
                  fileSize))
      (a!144 (ite (< 0 (ite s_anyFailed_large_sectors_and_blocks (- 5) a!141))
                  (+ offset
                     (ite s_anyFailed_large_sectors_and_blocks (- 5) a!141))
                  0))
      (a!171 (ite (<= fileSize
                      (+ offset (ite s_anyFailed_small_blocks (- 5) a!170)))
                  (+ offset (ite s_anyFailed_small_blocks (- 5) a!170))
                  fileSize))
      (a!173 (ite (< 0 (ite s_anyFailed_small_blocks (- 5) a!170))
                  (+ offset (ite s_anyFailed_small_blocks (- 5) a!170))
                  0))
      (a!200 (ite (<= fileSize
                      (+ offset
                         (ite s_anyFailed_large_blocks_bio_not_dividing
                              (- 5)
                              a!199)))
                  (+ offset
                     (ite s_anyFailed_large_blocks_bio_not_dividing (- 5) a!199))
                  fileSize))
      (a!202 (ite (< 0
                     (ite s_anyFailed_large_blocks_bio_not_dividing (- 5) a!199))
                  (+ offset
                     (ite s_anyFailed_large_blocks_bio_not_dividing (- 5) a!199))
                  0))
      (a!221 (ite (<= fileSize
                      (+ offset
                         (ite s_anyFailed_sectors_1k_bio_not_dividing
                              (- 5)
                              a!27)))
                  (+ offset
                     (ite s_anyFailed_sectors_1k_bio_not_dividing (- 5) a!27))
                  fileSize))
      (a!223 (ite (< 0 (ite s_anyFailed_sectors_1k_bio_not_dividing (- 5) a!27))
                  (+ offset
                     (ite s_anyFailed_sectors_1k_bio_not_dividing (- 5) a!27))
                  0))
      (a!250 (ite (<= fileSize
                      (+ offset
                         (ite s_anyFailed_sectors_2k_bio_unaligned_above_block
                              (- 5)
                              a!249)))
                  (+ offset
                     (ite s_anyFailed_sectors_2k_bio_unaligned_above_block
                          (- 5)
                          a!249))
                  fileSize))
      (a!252 (ite (< 0
                     (ite s_anyFailed_sectors_2k_bio_unaligned_above_block
                          (- 5)
                          a!249))
                  (+ offset
                     (ite s_anyFailed_sectors_2k_bio_unaligned_above_block
                          (- 5)
                          a!249))
                  0)))
(let ((a!29 (= (ite (< 0 (ite s_anyFailed_bio_equals_block (- 5) a!27))
                    a!28
                    fileSize)
               (ite (< 0 (ite s_anyFailed_bio_equals_block (- 5) a!27))
                    a!28
                    fileSize)))
      (a!31 (ite (<= a!23 (ite (<= a!30 a!25) a!30 a!25))
                 (ite (<= a!30 a!25) a!30 a!25)
                 a!23))
      (a!50 (= (ite (< 0 (ite s_anyFailed_bio_smaller_than_block (- 5) a!27))
                    a!49
                    fileSize)
               (ite (< 0 (ite s_anyFailed_bio_smaller_than_block (- 5) a!27))
                    a!49
                    fileSize)))
      (a!52 (ite (<= a!23 (ite (<= a!51 a!25) a!51 a!25))
                 (ite (<= a!51 a!25) a!51 a!25)
                 a!23))
      (a!71 (= (ite (< 0 (ite s_anyFailed_bio_unaligned_to_block (- 5) a!27))
                    a!70
                    fileSize)
               (ite (< 0 (ite s_anyFailed_bio_unaligned_to_block (- 5) a!27))
                    a!70
                    fileSize)))
      (a!73 (ite (<= a!23 (ite (<= a!72 a!25) a!72 a!25))
                 (ite (<= a!72 a!25) a!72 a!25)
                 a!23))
      (a!92 (= (ite (< 0 (ite s_anyFailed_bio_spans_blocks (- 5) a!27))
                    a!91
                    fileSize)
               (ite (< 0 (ite s_anyFailed_bio_spans_blocks (- 5) a!27))
                    a!91
                    fileSize)))
      (a!94 (ite (<= a!23 (ite (<= a!93 a!25) a!93 a!25))
                 (ite (<= a!93 a!25) a!93 a!25)
                 a!23))
      (a!114 (= (ite (< 0 (ite s_anyFailed_sector_equals_block (- 5) a!27))
                     a!113
                     fileSize)
                (ite (< 0 (ite s_anyFailed_sector_equals_block (- 5) a!27))
                     a!113
                     fileSize)))
      (a!116 (ite (<= a!23 (ite (<= a!115 a!25) a!115 a!25))
                  (ite (<= a!115 a!25) a!115 a!25)
                  a!23))
      (a!143 (= (ite (< 0
                        (ite s_anyFailed_large_sectors_and_blocks (- 5) a!141))
                     a!142
                     fileSize)
                (ite (< 0
                        (ite s_anyFailed_large_sectors_and_blocks (- 5) a!141))
                     a!142
                     fileSize)))
      (a!145 (ite (<= a!137 (ite (<= a!144 a!139) a!144 a!139))
                  (ite (<= a!144 a!139) a!144 a!139)
                  a!137))
      (a!172 (= (ite (< 0 (ite s_anyFailed_small_blocks (- 5) a!170))
                     a!171
                     fileSize)
                (ite (< 0 (ite s_anyFailed_small_blocks (- 5) a!170))
                     a!171
                     fileSize)))
      (a!174 (ite (<= a!166 (ite (<= a!173 a!168) a!173 a!168))
                  (ite (<= a!173 a!168) a!173 a!168)
                  a!166))
      (a!201 (= (ite (< 0
                        (ite s_anyFailed_large_blocks_bio_not_dividing
                             (- 5)
                             a!199))
                     a!200
                     fileSize)
                (ite (< 0
                        (ite s_anyFailed_large_blocks_bio_not_dividing
                             (- 5)
                             a!199))
                     a!200
                     fileSize)))
      (a!203 (ite (<= a!195 (ite (<= a!202 a!197) a!202 a!197))
                  (ite (<= a!202 a!197) a!202 a!197)
                  a!195))
      (a!222 (= (ite (< 0
                        (ite s_anyFailed_sectors_1k_bio_not_dividing (- 5) a!27))
                     a!221
                     fileSize)
                (ite (< 0
                        (ite s_anyFailed_sectors_1k_bio_not_dividing (- 5) a!27))
                     a!221
                     fileSize)))
      (a!224 (ite (<= a!23 (ite (<= a!223 a!25) a!223 a!25))
                  (ite (<= a!223 a!25) a!223 a!25)
                  a!23))
      (a!251 (= (ite (< 0
                        (ite s_anyFailed_sectors_2k_bio_unaligned_above_block
                             (- 5)
                             a!249))
                     a!250
                     fileSize)
                (ite (< 0
                        (ite s_anyFailed_sectors_2k_bio_unaligned_above_block
                             (- 5)
                             a!249))
                     a!250
                     fileSize)))
      (a!253 (ite (<= a!245 (ite (<= a!252 a!247) a!252 a!247))
                  (ite (<= a!252 a!247) a!252 a!247)
                  a!245)))
(let ((a!32 (+ (- a!31 (mod a!31 4096)) (ite (= (mod a!31 4096) 0) 0 4096)))
      (a!53 (+ (- a!52 (mod a!52 4096)) (ite (= (mod a!52 4096) 0) 0 4096)))
      (a!74 (+ (- a!73 (mod a!73 4096)) (ite (= (mod a!73 4096) 0) 0 4096)))
      (a!95 (+ (- a!94 (mod a!94 4096)) (ite (= (mod a!94 4096) 0) 0 4096)))
      (a!117 (+ (- a!116 (mod a!116 4096)) (ite (= (mod a!116 4096) 0) 0 4096)))
      (a!146 (+ (- a!145 (mod a!145 65536))
                (ite (= (mod a!145 65536) 0) 0 65536)))
      (a!175 (+ (- a!174 (mod a!174 1024)) (ite (= (mod a!174 1024) 0) 0 1024)))
      (a!204 (+ (- a!203 (mod a!203 16384))
                (ite (= (mod a!203 16384) 0) 0 16384)))
      (a!225 (+ (- a!224 (mod a!224 4096)) (ite (= (mod a!224 4096) 0) 0 4096)))
      (a!254 (+ (- a!253 (mod a!253 8192)) (ite (= (mod a!253 8192) 0) 0 8192))))
(let ((a!33 (and (= (ite s_anyFailed_bio_equals_block (- 5) a!27)
                    (ite s_anyFailed_bio_equals_block (- 5) a!27))
                 a!29
                 (= (ite (<= a!32 a!25) a!32 a!25)
                    (ite (<= a!32 a!25) a!32 a!25))))
      (a!54 (and (= (ite s_anyFailed_bio_smaller_than_block (- 5) a!27)
                    (ite s_anyFailed_bio_smaller_than_block (- 5) a!27))
                 a!50
                 (= (ite (<= a!53 a!25) a!53 a!25)
                    (ite (<= a!53 a!25) a!53 a!25))))
      (a!75 (and (= (ite s_anyFailed_bio_unaligned_to_block (- 5) a!27)
                    (ite s_anyFailed_bio_unaligned_to_block (- 5) a!27))
                 a!71
                 (= (ite (<= a!74 a!25) a!74 a!25)
                    (ite (<= a!74 a!25) a!74 a!25))))
      (a!96 (and (= (ite s_anyFailed_bio_spans_blocks (- 5) a!27)
                    (ite s_anyFailed_bio_spans_blocks (- 5) a!27))
                 a!92
                 (= (ite (<= a!95 a!25) a!95 a!25)
                    (ite (<= a!95 a!25) a!95 a!25))))
      (a!118 (and (= (ite s_anyFailed_sector_equals_block (- 5) a!27)
                     (ite s_anyFailed_sector_equals_block (- 5) a!27))
                  a!114
                  (= (ite (<= a!117 a!25) a!117 a!25)
                     (ite (<= a!117 a!25) a!117 a!25))))
      (a!147 (and (= (ite s_anyFailed_large_sectors_and_blocks (- 5) a!141)
                     (ite s_anyFailed_large_sectors_and_blocks (- 5) a!141))
                  a!143
                  (= (ite (<= a!146 a!139) a!146 a!139)
                     (ite (<= a!146 a!139) a!146 a!139))))
      (a!176 (and (= (ite s_anyFailed_small_blocks (- 5) a!170)
                     (ite s_anyFailed_small_blocks (- 5) a!170))
                  a!172
                  (= (ite (<= a!175 a!168) a!175 a!168)
                     (ite (<= a!175 a!168) a!175 a!168))))
      (a!205 (and (= (ite s_anyFailed_large_blocks_bio_not_dividing (- 5) a!199)
                     (ite s_anyFailed_large_blocks_bio_not_dividing (- 5) a!199))
                  a!201
                  (= (ite (<= a!204 a!197) a!204 a!197)
                     (ite (<= a!204 a!197) a!204 a!197))))
      (a!226 (and (= (ite s_anyFailed_sectors_1k_bio_not_dividing (- 5) a!27)
                     (ite s_anyFailed_sectors_1k_bio_not_dividing (- 5) a!27))
                  a!222
                  (= (ite (<= a!225 a!25) a!225 a!25)
                     (ite (<= a!225 a!25) a!225 a!25))))
      (a!255 (and (= (ite s_anyFailed_sectors_2k_bio_unaligned_above_block
                          (- 5)
                          a!249)
                     (ite s_anyFailed_sectors_2k_bio_unaligned_above_block
                          (- 5)
                          a!249))
                  a!251
                  (= (ite (<= a!254 a!247) a!254 a!247)
                     (ite (<= a!254 a!247) a!254 a!247)))))
  (or (and a!5 (or (not a!16) a!20 (not a!33)))
      (and a!5 (or (not a!44) a!48 (not a!54)))
      (and a!5 (or (not a!65) a!69 (not a!75)))
      (and a!5 (or (not a!86) a!90 (not a!96)))
      (and a!97
           (<= a!4 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!108) a!112 (not a!118)))
      (and a!97
           (<= a!120 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!131) a!135 (not a!147)))
      (and a!2
           (<= a!149 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!160) a!164 (not a!176)))
      (and a!2
           (<= a!178 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!189) a!193 (not a!205)))
      (and a!1
           (= (mod offset 1024) 0)
           (= (mod length 1024) 0)
           (<= a!4 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!216) a!220 (not a!226)))
      (and a!1
           (= (mod offset 2048) 0)
           (= (mod length 2048) 0)
           (<= a!228 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!239) a!243 (not a!255))))))))))))))))
(check-sat)
(reset)
