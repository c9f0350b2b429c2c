; DioVerify proof obligation (dioverify 0.1.0)
; policy:   prefix-zero-not-error
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
(declare-fun s_lowestFailedStart_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun s_anyFailed_sectors_2k_bio_unaligned_above_block () Bool)
(declare-fun s_highestOkEnd_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun x_end_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun x_failed_sectors_2k_bio_unaligned_above_block () Bool)
(declare-fun x_start_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun s_okBytes_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun y_end_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun y_failed_sectors_2k_bio_unaligned_above_block () Bool)
(declare-fun y_start_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun s_lowestFailedStart_sectors_1k_bio_not_dividing () Int)
(declare-fun s_anyFailed_sectors_1k_bio_not_dividing () Bool)
(declare-fun s_highestOkEnd_sectors_1k_bio_not_dividing () Int)
(declare-fun x_end_sectors_1k_bio_not_dividing () Int)
(declare-fun x_failed_sectors_1k_bio_not_dividing () Bool)
(declare-fun x_start_sectors_1k_bio_not_dividing () Int)
(declare-fun s_okBytes_sectors_1k_bio_not_dividing () Int)
(declare-fun y_end_sectors_1k_bio_not_dividing () Int)
(declare-fun y_failed_sectors_1k_bio_not_dividing () Bool)
(declare-fun y_start_sectors_1k_bio_not_dividing () Int)
(declare-fun s_lowestFailedStart_large_blocks_bio_not_dividing () Int)
(declare-fun s_anyFailed_large_blocks_bio_not_dividing () Bool)
(declare-fun s_highestOkEnd_large_blocks_bio_not_dividing () Int)
(declare-fun x_end_large_blocks_bio_not_dividing () Int)
(declare-fun x_failed_large_blocks_bio_not_dividing () Bool)
(declare-fun x_start_large_blocks_bio_not_dividing () Int)
(declare-fun s_okBytes_large_blocks_bio_not_dividing () Int)
(declare-fun y_end_large_blocks_bio_not_dividing () Int)
(declare-fun y_failed_large_blocks_bio_not_dividing () Bool)
(declare-fun y_start_large_blocks_bio_not_dividing () Int)
(declare-fun s_lowestFailedStart_small_blocks () Int)
(declare-fun s_anyFailed_small_blocks () Bool)
(declare-fun s_highestOkEnd_small_blocks () Int)
(declare-fun x_end_small_blocks () Int)
(declare-fun x_failed_small_blocks () Bool)
(declare-fun x_start_small_blocks () Int)
(declare-fun s_okBytes_small_blocks () Int)
(declare-fun y_end_small_blocks () Int)
(declare-fun y_failed_small_blocks () Bool)
(declare-fun y_start_small_blocks () Int)
(declare-fun s_lowestFailedStart_large_sectors_and_blocks () Int)
(declare-fun s_anyFailed_large_sectors_and_blocks () Bool)
(declare-fun s_highestOkEnd_large_sectors_and_blocks () Int)
(declare-fun x_end_large_sectors_and_blocks () Int)
(declare-fun x_failed_large_sectors_and_blocks () Bool)
(declare-fun x_start_large_sectors_and_blocks () Int)
(declare-fun s_okBytes_large_sectors_and_blocks () Int)
(declare-fun y_end_large_sectors_and_blocks () Int)
(declare-fun y_failed_large_sectors_and_blocks () Bool)
(declare-fun y_start_large_sectors_and_blocks () Int)
(declare-fun s_lowestFailedStart_sector_equals_block () Int)
(declare-fun s_anyFailed_sector_equals_block () Bool)
(declare-fun s_highestOkEnd_sector_equals_block () Int)
(declare-fun x_end_sector_equals_block () Int)
(declare-fun x_failed_sector_equals_block () Bool)
(declare-fun x_start_sector_equals_block () Int)
(declare-fun s_okBytes_sector_equals_block () Int)
(declare-fun y_end_sector_equals_block () Int)
(declare-fun y_failed_sector_equals_block () Bool)
(declare-fun y_start_sector_equals_block () Int)
(declare-fun s_lowestFailedStart_bio_spans_blocks () Int)
(declare-fun s_anyFailed_bio_spans_blocks () Bool)
(declare-fun s_highestOkEnd_bio_spans_blocks () Int)
(declare-fun x_end_bio_spans_blocks () Int)
(declare-fun x_failed_bio_spans_blocks () Bool)
(declare-fun x_start_bio_spans_blocks () Int)
(declare-fun s_okBytes_bio_spans_blocks () Int)
(declare-fun y_end_bio_spans_blocks () Int)
(declare-fun y_failed_bio_spans_blocks () Bool)
(declare-fun y_start_bio_spans_blocks () Int)
(declare-fun s_lowestFailedStart_bio_unaligned_to_block () Int)
(declare-fun s_anyFailed_bio_unaligned_to_block () Bool)
(declare-fun s_highestOkEnd_bio_unaligned_to_block () Int)
(declare-fun x_end_bio_unaligned_to_block () Int)
(declare-fun x_failed_bio_unaligned_to_block () Bool)
(declare-fun x_start_bio_unaligned_to_block () Int)
(declare-fun s_okBytes_bio_unaligned_to_block () Int)
(declare-fun y_end_bio_unaligned_to_block () Int)
(declare-fun y_failed_bio_unaligned_to_block () Bool)
(declare-fun y_start_bio_unaligned_to_block () Int)
(declare-fun s_lowestFailedStart_bio_smaller_than_block () Int)
(declare-fun s_anyFailed_bio_smaller_than_block () Bool)
(declare-fun s_highestOkEnd_bio_smaller_than_block () Int)
(declare-fun x_end_bio_smaller_than_block () Int)
(declare-fun x_failed_bio_smaller_than_block () Bool)
(declare-fun x_start_bio_smaller_than_block () Int)
(declare-fun s_okBytes_bio_smaller_than_block () Int)
(declare-fun y_end_bio_smaller_than_block () Int)
(declare-fun y_failed_bio_smaller_than_block () Bool)
(declare-fun y_start_bio_smaller_than_block () Int)
(declare-fun s_lowestFailedStart_bio_equals_block () Int)
(declare-fun s_anyFailed_bio_equals_block () Bool)
(declare-fun s_highestOkEnd_bio_equals_block () Int)
(declare-fun x_end_bio_equals_block () Int)
(declare-fun x_failed_bio_equals_block () Bool)
(declare-fun x_start_bio_equals_block () Int)
(declare-fun s_okBytes_bio_equals_block () Int)
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
      (a!21 (ite (< 0 (- s_lowestFailedStart_bio_equals_block offset))
                 (- s_lowestFailedStart_bio_equals_block offset)
                 (ite (and s_anyFailed_bio_equals_block
                           (= s_lowestFailedStart_bio_equals_block offset))
                      (- 5)
                      (- 28))))
      (a!23 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!33 (< y_start_bio_smaller_than_block
               (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!35 (< x_start_bio_smaller_than_block
               (ite (and y_failed_bio_smaller_than_block
                         (< y_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    y_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!37 (+ (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))
               (ite (not y_failed_bio_smaller_than_block)
                    (- y_end_bio_smaller_than_block
                       y_start_bio_smaller_than_block)
                    0)))
      (a!39 (< (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               y_end_bio_smaller_than_block))
      (a!41 (< (ite (and (not y_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            y_end_bio_smaller_than_block))
                    y_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               x_end_bio_smaller_than_block))
      (a!44 (= (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)
               (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!45 (= (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))
               (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))))
      (a!46 (= (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)))
      (a!48 (ite (< 0 (- s_lowestFailedStart_bio_smaller_than_block offset))
                 (- s_lowestFailedStart_bio_smaller_than_block offset)
                 (ite (and s_anyFailed_bio_smaller_than_block
                           (= s_lowestFailedStart_bio_smaller_than_block offset))
                      (- 5)
                      (- 28))))
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
      (a!70 (ite (< 0 (- s_lowestFailedStart_bio_unaligned_to_block offset))
                 (- s_lowestFailedStart_bio_unaligned_to_block offset)
                 (ite (and s_anyFailed_bio_unaligned_to_block
                           (= s_lowestFailedStart_bio_unaligned_to_block offset))
                      (- 5)
                      (- 28))))
      (a!77 (< y_start_bio_spans_blocks
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!79 (< x_start_bio_spans_blocks
               (ite (and y_failed_bio_spans_blocks
                         (< y_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    y_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!81 (+ (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (ite (not y_failed_bio_spans_blocks)
                    (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                    0)))
      (a!83 (< (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               y_end_bio_spans_blocks))
      (a!85 (< (ite (and (not y_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            y_end_bio_spans_blocks))
                    y_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               x_end_bio_spans_blocks))
      (a!88 (= (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!89 (= (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!90 (= (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)))
      (a!92 (ite (< 0 (- s_lowestFailedStart_bio_spans_blocks offset))
                 (- s_lowestFailedStart_bio_spans_blocks offset)
                 (ite (and s_anyFailed_bio_spans_blocks
                           (= s_lowestFailedStart_bio_spans_blocks offset))
                      (- 5)
                      (- 28))))
      (a!100 (< y_start_sector_equals_block
                (ite (and x_failed_sector_equals_block
                          (< x_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     x_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)))
      (a!102 (< x_start_sector_equals_block
                (ite (and y_failed_sector_equals_block
                          (< y_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     y_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)))
      (a!104 (+ (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))
                (ite (not y_failed_sector_equals_block)
                     (- y_end_sector_equals_block y_start_sector_equals_block)
                     0)))
      (a!106 (< (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                y_end_sector_equals_block))
      (a!108 (< (ite (and (not y_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             y_end_sector_equals_block))
                     y_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                x_end_sector_equals_block))
      (a!111 (= (ite (and x_failed_sector_equals_block
                          (< x_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     x_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)
                (ite (and x_failed_sector_equals_block
                          (< x_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     x_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)))
      (a!112 (= (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))
                (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))))
      (a!113 (= (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)))
      (a!115 (ite (< 0 (- s_lowestFailedStart_sector_equals_block offset))
                  (- s_lowestFailedStart_sector_equals_block offset)
                  (ite (and s_anyFailed_sector_equals_block
                            (= s_lowestFailedStart_sector_equals_block offset))
                       (- 5)
                       (- 28))))
      (a!122 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!124 (< y_start_large_sectors_and_blocks
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!126 (< x_start_large_sectors_and_blocks
                (ite (and y_failed_large_sectors_and_blocks
                          (< y_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     y_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!128 (+ (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (ite (not y_failed_large_sectors_and_blocks)
                     (- y_end_large_sectors_and_blocks
                        y_start_large_sectors_and_blocks)
                     0)))
      (a!130 (< (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                y_end_large_sectors_and_blocks))
      (a!132 (< (ite (and (not y_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             y_end_large_sectors_and_blocks))
                     y_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                x_end_large_sectors_and_blocks))
      (a!135 (= (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!136 (= (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!137 (= (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)))
      (a!139 (ite (< 0 (- s_lowestFailedStart_large_sectors_and_blocks offset))
                  (- s_lowestFailedStart_large_sectors_and_blocks offset)
                  (ite (and s_anyFailed_large_sectors_and_blocks
                            (= s_lowestFailedStart_large_sectors_and_blocks
                               offset))
                       (- 5)
                       (- 28))))
      (a!150 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!152 (< y_start_small_blocks
                (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!154 (< x_start_small_blocks
                (ite (and y_failed_small_blocks
                          (< y_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     y_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!156 (+ (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))
                (ite (not y_failed_small_blocks)
                     (- y_end_small_blocks y_start_small_blocks)
                     0)))
      (a!158 (< (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)
                y_end_small_blocks))
      (a!160 (< (ite (and (not y_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks y_end_small_blocks))
                     y_end_small_blocks
                     s_highestOkEnd_small_blocks)
                x_end_small_blocks))
      (a!163 (= (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)
                (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!164 (= (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))
                (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))))
      (a!165 (= (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)
                (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)))
      (a!167 (ite (< 0 (- s_lowestFailedStart_small_blocks offset))
                  (- s_lowestFailedStart_small_blocks offset)
                  (ite (and s_anyFailed_small_blocks
                            (= s_lowestFailedStart_small_blocks offset))
                       (- 5)
                       (- 28))))
      (a!178 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!180 (< y_start_large_blocks_bio_not_dividing
                (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!182 (< x_start_large_blocks_bio_not_dividing
                (ite (and y_failed_large_blocks_bio_not_dividing
                          (< y_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     y_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!184 (+ (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))
                (ite (not y_failed_large_blocks_bio_not_dividing)
                     (- y_end_large_blocks_bio_not_dividing
                        y_start_large_blocks_bio_not_dividing)
                     0)))
      (a!186 (< (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                y_end_large_blocks_bio_not_dividing))
      (a!188 (< (ite (and (not y_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             y_end_large_blocks_bio_not_dividing))
                     y_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                x_end_large_blocks_bio_not_dividing))
      (a!191 (= (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)
                (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!192 (= (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))
                (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))))
      (a!193 (= (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!195 (ite (< 0
                     (- s_lowestFailedStart_large_blocks_bio_not_dividing
                        offset))
                  (- s_lowestFailedStart_large_blocks_bio_not_dividing offset)
                  (ite (and s_anyFailed_large_blocks_bio_not_dividing
                            (= s_lowestFailedStart_large_blocks_bio_not_dividing
                               offset))
                       (- 5)
                       (- 28))))
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
      (a!221 (ite (< 0
                     (- s_lowestFailedStart_sectors_1k_bio_not_dividing offset))
                  (- s_lowestFailedStart_sectors_1k_bio_not_dividing offset)
                  (ite (and s_anyFailed_sectors_1k_bio_not_dividing
                            (= s_lowestFailedStart_sectors_1k_bio_not_dividing
                               offset))
                       (- 5)
                       (- 28))))
      (a!228 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!230 (< y_start_sectors_2k_bio_unaligned_above_block
                (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!232 (< x_start_sectors_2k_bio_unaligned_above_block
                (ite (and y_failed_sectors_2k_bio_unaligned_above_block
                          (< y_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     y_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!234 (+ (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))
                (ite (not y_failed_sectors_2k_bio_unaligned_above_block)
                     (- y_end_sectors_2k_bio_unaligned_above_block
                        y_start_sectors_2k_bio_unaligned_above_block)
                     0)))
      (a!236 (< (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                y_end_sectors_2k_bio_unaligned_above_block))
      (a!238 (< (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             y_end_sectors_2k_bio_unaligned_above_block))
                     y_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                x_end_sectors_2k_bio_unaligned_above_block))
      (a!241 (= (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)
                (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!242 (= (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))
                (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))))
      (a!243 (= (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!245 (ite (< 0
                     (- s_lowestFailedStart_sectors_2k_bio_unaligned_above_block
                        offset))
                  (- s_lowestFailedStart_sectors_2k_bio_unaligned_above_block
                     offset)
                  (ite (and s_anyFailed_sectors_2k_bio_unaligned_above_block
                            (= s_lowestFailedStart_sectors_2k_bio_unaligned_above_block
                               offset))
                       (- 5)
                       (- 28)))))
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
      (a!22 (ite (< 0 a!21)
                 (ite (<= fileSize (+ offset a!21)) (+ offset a!21) fileSize)
                 fileSize))
      (a!24 (+ (- a!23 (mod a!23 4096)) (ite (= (mod a!23 4096) 0) 0 4096)))
      (a!34 (ite (and y_failed_bio_smaller_than_block a!33)
                 y_start_bio_smaller_than_block
                 (ite (and x_failed_bio_smaller_than_block
                           (< x_start_bio_smaller_than_block
                              s_lowestFailedStart_bio_smaller_than_block))
                      x_start_bio_smaller_than_block
                      s_lowestFailedStart_bio_smaller_than_block)))
      (a!36 (ite (and x_failed_bio_smaller_than_block a!35)
                 x_start_bio_smaller_than_block
                 (ite (and y_failed_bio_smaller_than_block
                           (< y_start_bio_smaller_than_block
                              s_lowestFailedStart_bio_smaller_than_block))
                      y_start_bio_smaller_than_block
                      s_lowestFailedStart_bio_smaller_than_block)))
      (a!38 (= a!37
               (+ s_okBytes_bio_smaller_than_block
                  (ite (not y_failed_bio_smaller_than_block)
                       (- y_end_bio_smaller_than_block
                          y_start_bio_smaller_than_block)
                       0)
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))))
      (a!40 (ite (and (not y_failed_bio_smaller_than_block) a!39)
                 y_end_bio_smaller_than_block
                 (ite (and (not x_failed_bio_smaller_than_block)
                           (< s_highestOkEnd_bio_smaller_than_block
                              x_end_bio_smaller_than_block))
                      x_end_bio_smaller_than_block
                      s_highestOkEnd_bio_smaller_than_block)))
      (a!42 (ite (and (not x_failed_bio_smaller_than_block) a!41)
                 x_end_bio_smaller_than_block
                 (ite (and (not y_failed_bio_smaller_than_block)
                           (< s_highestOkEnd_bio_smaller_than_block
                              y_end_bio_smaller_than_block))
                      y_end_bio_smaller_than_block
                      s_highestOkEnd_bio_smaller_than_block)))
      (a!47 (not (and (= (or s_anyFailed_bio_smaller_than_block
                             x_failed_bio_smaller_than_block)
                         (or s_anyFailed_bio_smaller_than_block
                             x_failed_bio_smaller_than_block))
                      a!44
                      a!45
                      a!46)))
      (a!49 (ite (< 0 a!48)
                 (ite (<= fileSize (+ offset a!48)) (+ offset a!48) fileSize)
                 fileSize))
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
      (a!71 (ite (< 0 a!70)
                 (ite (<= fileSize (+ offset a!70)) (+ offset a!70) fileSize)
                 fileSize))
      (a!78 (ite (and y_failed_bio_spans_blocks a!77)
                 y_start_bio_spans_blocks
                 (ite (and x_failed_bio_spans_blocks
                           (< x_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      x_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!80 (ite (and x_failed_bio_spans_blocks a!79)
                 x_start_bio_spans_blocks
                 (ite (and y_failed_bio_spans_blocks
                           (< y_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      y_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!82 (= a!81
               (+ s_okBytes_bio_spans_blocks
                  (ite (not y_failed_bio_spans_blocks)
                       (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                       0)
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!84 (ite (and (not y_failed_bio_spans_blocks) a!83)
                 y_end_bio_spans_blocks
                 (ite (and (not x_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              x_end_bio_spans_blocks))
                      x_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!86 (ite (and (not x_failed_bio_spans_blocks) a!85)
                 x_end_bio_spans_blocks
                 (ite (and (not y_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              y_end_bio_spans_blocks))
                      y_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!91 (not (and (= (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks)
                         (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks))
                      a!88
                      a!89
                      a!90)))
      (a!93 (ite (< 0 a!92)
                 (ite (<= fileSize (+ offset a!92)) (+ offset a!92) fileSize)
                 fileSize))
      (a!99 (and a!1 (= (mod offset 4096) 0) (= (mod length 4096) 0)))
      (a!101 (ite (and y_failed_sector_equals_block a!100)
                  y_start_sector_equals_block
                  (ite (and x_failed_sector_equals_block
                            (< x_start_sector_equals_block
                               s_lowestFailedStart_sector_equals_block))
                       x_start_sector_equals_block
                       s_lowestFailedStart_sector_equals_block)))
      (a!103 (ite (and x_failed_sector_equals_block a!102)
                  x_start_sector_equals_block
                  (ite (and y_failed_sector_equals_block
                            (< y_start_sector_equals_block
                               s_lowestFailedStart_sector_equals_block))
                       y_start_sector_equals_block
                       s_lowestFailedStart_sector_equals_block)))
      (a!105 (= a!104
                (+ s_okBytes_sector_equals_block
                   (ite (not y_failed_sector_equals_block)
                        (- y_end_sector_equals_block
                           y_start_sector_equals_block)
                        0)
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))))
      (a!107 (ite (and (not y_failed_sector_equals_block) a!106)
                  y_end_sector_equals_block
                  (ite (and (not x_failed_sector_equals_block)
                            (< s_highestOkEnd_sector_equals_block
                               x_end_sector_equals_block))
                       x_end_sector_equals_block
                       s_highestOkEnd_sector_equals_block)))
      (a!109 (ite (and (not x_failed_sector_equals_block) a!108)
                  x_end_sector_equals_block
                  (ite (and (not y_failed_sector_equals_block)
                            (< s_highestOkEnd_sector_equals_block
                               y_end_sector_equals_block))
                       y_end_sector_equals_block
                       s_highestOkEnd_sector_equals_block)))
      (a!114 (not (and (= (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block)
                          (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block))
                       a!111
                       a!112
                       a!113)))
      (a!116 (ite (< 0 a!115)
                  (ite (<= fileSize (+ offset a!115)) (+ offset a!115) fileSize)
                  fileSize))
      (a!123 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!122))
      (a!125 (ite (and y_failed_large_sectors_and_blocks a!124)
                  y_start_large_sectors_and_blocks
                  (ite (and x_failed_large_sectors_and_blocks
                            (< x_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       x_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!127 (ite (and x_failed_large_sectors_and_blocks a!126)
                  x_start_large_sectors_and_blocks
                  (ite (and y_failed_large_sectors_and_blocks
                            (< y_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       y_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!129 (= a!128
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not y_failed_large_sectors_and_blocks)
                        (- y_end_large_sectors_and_blocks
                           y_start_large_sectors_and_blocks)
                        0)
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!131 (ite (and (not y_failed_large_sectors_and_blocks) a!130)
                  y_end_large_sectors_and_blocks
                  (ite (and (not x_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               x_end_large_sectors_and_blocks))
                       x_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!133 (ite (and (not x_failed_large_sectors_and_blocks) a!132)
                  x_end_large_sectors_and_blocks
                  (ite (and (not y_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               y_end_large_sectors_and_blocks))
                       y_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!138 (not (and (= (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks)
                          (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks))
                       a!135
                       a!136
                       a!137)))
      (a!140 (ite (< 0 a!139)
                  (ite (<= fileSize (+ offset a!139)) (+ offset a!139) fileSize)
                  fileSize))
      (a!141 (+ (- a!23 (mod a!23 65536)) (ite (= (mod a!23 65536) 0) 0 65536)))
      (a!151 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!150))
      (a!153 (ite (and y_failed_small_blocks a!152)
                  y_start_small_blocks
                  (ite (and x_failed_small_blocks
                            (< x_start_small_blocks
                               s_lowestFailedStart_small_blocks))
                       x_start_small_blocks
                       s_lowestFailedStart_small_blocks)))
      (a!155 (ite (and x_failed_small_blocks a!154)
                  x_start_small_blocks
                  (ite (and y_failed_small_blocks
                            (< y_start_small_blocks
                               s_lowestFailedStart_small_blocks))
                       y_start_small_blocks
                       s_lowestFailedStart_small_blocks)))
      (a!157 (= a!156
                (+ s_okBytes_small_blocks
                   (ite (not y_failed_small_blocks)
                        (- y_end_small_blocks y_start_small_blocks)
                        0)
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))))
      (a!159 (ite (and (not y_failed_small_blocks) a!158)
                  y_end_small_blocks
                  (ite (and (not x_failed_small_blocks)
                            (< s_highestOkEnd_small_blocks x_end_small_blocks))
                       x_end_small_blocks
                       s_highestOkEnd_small_blocks)))
      (a!161 (ite (and (not x_failed_small_blocks) a!160)
                  x_end_small_blocks
                  (ite (and (not y_failed_small_blocks)
                            (< s_highestOkEnd_small_blocks y_end_small_blocks))
                       y_end_small_blocks
                       s_highestOkEnd_small_blocks)))
      (a!166 (not (and (= (or s_anyFailed_small_blocks x_failed_small_blocks)
                          (or s_anyFailed_small_blocks x_failed_small_blocks))
                       a!163
                       a!164
                       a!165)))
      (a!168 (ite (< 0 a!167)
                  (ite (<= fileSize (+ offset a!167)) (+ offset a!167) fileSize)
                  fileSize))
      (a!169 (+ (- a!23 (mod a!23 1024)) (ite (= (mod a!23 1024) 0) 0 1024)))
      (a!179 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!178))
      (a!181 (ite (and y_failed_large_blocks_bio_not_dividing a!180)
                  y_start_large_blocks_bio_not_dividing
                  (ite (and x_failed_large_blocks_bio_not_dividing
                            (< x_start_large_blocks_bio_not_dividing
                               s_lowestFailedStart_large_blocks_bio_not_dividing))
                       x_start_large_blocks_bio_not_dividing
                       s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!183 (ite (and x_failed_large_blocks_bio_not_dividing a!182)
                  x_start_large_blocks_bio_not_dividing
                  (ite (and y_failed_large_blocks_bio_not_dividing
                            (< y_start_large_blocks_bio_not_dividing
                               s_lowestFailedStart_large_blocks_bio_not_dividing))
                       y_start_large_blocks_bio_not_dividing
                       s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!185 (= a!184
                (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not y_failed_large_blocks_bio_not_dividing)
                        (- y_end_large_blocks_bio_not_dividing
                           y_start_large_blocks_bio_not_dividing)
                        0)
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))))
      (a!187 (ite (and (not y_failed_large_blocks_bio_not_dividing) a!186)
                  y_end_large_blocks_bio_not_dividing
                  (ite (and (not x_failed_large_blocks_bio_not_dividing)
                            (< s_highestOkEnd_large_blocks_bio_not_dividing
                               x_end_large_blocks_bio_not_dividing))
                       x_end_large_blocks_bio_not_dividing
                       s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!189 (ite (and (not x_failed_large_blocks_bio_not_dividing) a!188)
                  x_end_large_blocks_bio_not_dividing
                  (ite (and (not y_failed_large_blocks_bio_not_dividing)
                            (< s_highestOkEnd_large_blocks_bio_not_dividing
                               y_end_large_blocks_bio_not_dividing))
                       y_end_large_blocks_bio_not_dividing
                       s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!194 (not (and (= (or s_anyFailed_large_blocks_bio_not_dividing
                              x_failed_large_blocks_bio_not_dividing)
                          (or s_anyFailed_large_blocks_bio_not_dividing
                              x_failed_large_blocks_bio_not_dividing))
                       a!191
                       a!192
                       a!193)))
      (a!196 (ite (< 0 a!195)
                  (ite (<= fileSize (+ offset a!195)) (+ offset a!195) fileSize)
                  fileSize))
      (a!197 (+ (- a!23 (mod a!23 16384)) (ite (= (mod a!23 16384) 0) 0 16384)))
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
      (a!222 (ite (< 0 a!221)
                  (ite (<= fileSize (+ offset a!221)) (+ offset a!221) fileSize)
                  fileSize))
      (a!229 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!228))
      (a!231 (ite (and y_failed_sectors_2k_bio_unaligned_above_block a!230)
                  y_start_sectors_2k_bio_unaligned_above_block
                  (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                            (< x_start_sectors_2k_bio_unaligned_above_block
                               s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                       x_start_sectors_2k_bio_unaligned_above_block
                       s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!233 (ite (and x_failed_sectors_2k_bio_unaligned_above_block a!232)
                  x_start_sectors_2k_bio_unaligned_above_block
                  (ite (and y_failed_sectors_2k_bio_unaligned_above_block
                            (< y_start_sectors_2k_bio_unaligned_above_block
                               s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                       y_start_sectors_2k_bio_unaligned_above_block
                       s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!235 (= a!234
                (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not y_failed_sectors_2k_bio_unaligned_above_block)
                        (- y_end_sectors_2k_bio_unaligned_above_block
                           y_start_sectors_2k_bio_unaligned_above_block)
                        0)
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))))
      (a!237 (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                       a!236)
                  y_end_sectors_2k_bio_unaligned_above_block
                  (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                            (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                               x_end_sectors_2k_bio_unaligned_above_block))
                       x_end_sectors_2k_bio_unaligned_above_block
                       s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!239 (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                       a!238)
                  x_end_sectors_2k_bio_unaligned_above_block
                  (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                            (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                               y_end_sectors_2k_bio_unaligned_above_block))
                       y_end_sectors_2k_bio_unaligned_above_block
                       s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!244 (not (and (= (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                              x_failed_sectors_2k_bio_unaligned_above_block)
                          (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                              x_failed_sectors_2k_bio_unaligned_above_block))
                       a!241
                       a!242
                       a!243)))
      (a!246 (ite (< 0 a!245)
                  (ite (<= fileSize (+ offset a!245)) (+ offset a!245) fileSize)
                  fileSize))
      (a!247 (+ (- a!23 (mod a!23 8192)) (ite (= (mod a!23 8192) 0) 0 8192))))
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
      (a!25 (ite (<= a!24 (- offset (mod offset 4096)))
                 (- offset (mod offset 4096))
                 a!24))
      (a!43 (and (= (or (or s_anyFailed_bio_smaller_than_block
                            x_failed_bio_smaller_than_block)
                        y_failed_bio_smaller_than_block)
                    (or s_anyFailed_bio_smaller_than_block
                        y_failed_bio_smaller_than_block
                        x_failed_bio_smaller_than_block))
                 (= a!34 a!36)
                 a!38
                 (= a!40 a!42)))
      (a!65 (and (= (or (or s_anyFailed_bio_unaligned_to_block
                            x_failed_bio_unaligned_to_block)
                        y_failed_bio_unaligned_to_block)
                    (or s_anyFailed_bio_unaligned_to_block
                        y_failed_bio_unaligned_to_block
                        x_failed_bio_unaligned_to_block))
                 (= a!56 a!58)
                 a!60
                 (= a!62 a!64)))
      (a!87 (and (= (or (or s_anyFailed_bio_spans_blocks
                            x_failed_bio_spans_blocks)
                        y_failed_bio_spans_blocks)
                    (or s_anyFailed_bio_spans_blocks
                        y_failed_bio_spans_blocks
                        x_failed_bio_spans_blocks))
                 (= a!78 a!80)
                 a!82
                 (= a!84 a!86)))
      (a!110 (and (= (or (or s_anyFailed_sector_equals_block
                             x_failed_sector_equals_block)
                         y_failed_sector_equals_block)
                     (or s_anyFailed_sector_equals_block
                         y_failed_sector_equals_block
                         x_failed_sector_equals_block))
                  (= a!101 a!103)
                  a!105
                  (= a!107 a!109)))
      (a!134 (and (= (or (or s_anyFailed_large_sectors_and_blocks
                             x_failed_large_sectors_and_blocks)
                         y_failed_large_sectors_and_blocks)
                     (or s_anyFailed_large_sectors_and_blocks
                         y_failed_large_sectors_and_blocks
                         x_failed_large_sectors_and_blocks))
                  (= a!125 a!127)
                  a!129
                  (= a!131 a!133)))
      (a!142 (ite (<= a!141 (- offset (mod offset 65536)))
                  (- offset (mod offset 65536))
                  a!141))
      (a!162 (and (= (or (or s_anyFailed_small_blocks x_failed_small_blocks)
                         y_failed_small_blocks)
                     (or s_anyFailed_small_blocks
                         y_failed_small_blocks
                         x_failed_small_blocks))
                  (= a!153 a!155)
                  a!157
                  (= a!159 a!161)))
      (a!170 (ite (<= a!169 (- offset (mod offset 1024)))
                  (- offset (mod offset 1024))
                  a!169))
      (a!190 (and (= (or (or s_anyFailed_large_blocks_bio_not_dividing
                             x_failed_large_blocks_bio_not_dividing)
                         y_failed_large_blocks_bio_not_dividing)
                     (or s_anyFailed_large_blocks_bio_not_dividing
                         y_failed_large_blocks_bio_not_dividing
                         x_failed_large_blocks_bio_not_dividing))
                  (= a!181 a!183)
                  a!185
                  (= a!187 a!189)))
      (a!198 (ite (<= a!197 (- offset (mod offset 16384)))
                  (- offset (mod offset 16384))
                  a!197))
      (a!216 (and (= (or (or s_anyFailed_sectors_1k_bio_not_dividing
                             x_failed_sectors_1k_bio_not_dividing)
                         y_failed_sectors_1k_bio_not_dividing)
                     (or s_anyFailed_sectors_1k_bio_not_dividing
                         y_failed_sectors_1k_bio_not_dividing
                         x_failed_sectors_1k_bio_not_dividing))
                  (= a!207 a!209)
                  a!211
                  (= a!213 a!215)))
      (a!240 (and (= (or (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                             x_failed_sectors_2k_bio_unaligned_above_block)
                         y_failed_sectors_2k_bio_unaligned_above_block)
                     (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                         y_failed_sectors_2k_bio_unaligned_above_block
                         x_failed_sectors_2k_bio_unaligned_above_block))
                  (= a!231 a!233)
                  a!235
                  (= a!237 a!239)))
      (a!248 (ite (<= a!247 (- offset (mod offset 8192)))
                  (- offset (mod offset 8192))
                  a!247)))
(let ((a!26 (div (- (ite (<= a!25 a!4) a!4 a!25) a!25) 4096))
      (a!143 (div (- (ite (<= a!142 a!123) a!123 a!142) a!142) 65536))
      (a!171 (div (- (ite (<= a!170 a!151) a!151 a!170) a!170) 1024))
      (a!199 (div (- (ite (<= a!198 a!179) a!179 a!198) a!198) 16384))
      (a!249 (div (- (ite (<= a!248 a!229) a!229 a!248) a!248) 8192)))
(let ((a!27 (+ a!25 (* (ite (<= a!26 freeBlocks) a!26 freeBlocks) 4096)))
      (a!144 (+ a!142 (* (ite (<= a!143 freeBlocks) a!143 freeBlocks) 65536)))
      (a!172 (+ a!170 (* (ite (<= a!171 freeBlocks) a!171 freeBlocks) 1024)))
      (a!200 (+ a!198 (* (ite (<= a!199 freeBlocks) a!199 freeBlocks) 16384)))
      (a!250 (+ a!248 (* (ite (<= a!249 freeBlocks) a!249 freeBlocks) 8192))))
(let ((a!28 (ite (<= (ite (< 0 a!21) (+ offset a!21) 0) a!27)
                 (ite (< 0 a!21) (+ offset a!21) 0)
                 a!27))
      (a!50 (ite (<= (ite (< 0 a!48) (+ offset a!48) 0) a!27)
                 (ite (< 0 a!48) (+ offset a!48) 0)
                 a!27))
      (a!72 (ite (<= (ite (< 0 a!70) (+ offset a!70) 0) a!27)
                 (ite (< 0 a!70) (+ offset a!70) 0)
                 a!27))
      (a!94 (ite (<= (ite (< 0 a!92) (+ offset a!92) 0) a!27)
                 (ite (< 0 a!92) (+ offset a!92) 0)
                 a!27))
      (a!117 (ite (<= (ite (< 0 a!115) (+ offset a!115) 0) a!27)
                  (ite (< 0 a!115) (+ offset a!115) 0)
                  a!27))
      (a!145 (ite (<= (ite (< 0 a!139) (+ offset a!139) 0) a!144)
                  (ite (< 0 a!139) (+ offset a!139) 0)
                  a!144))
      (a!173 (ite (<= (ite (< 0 a!167) (+ offset a!167) 0) a!172)
                  (ite (< 0 a!167) (+ offset a!167) 0)
                  a!172))
      (a!201 (ite (<= (ite (< 0 a!195) (+ offset a!195) 0) a!200)
                  (ite (< 0 a!195) (+ offset a!195) 0)
                  a!200))
      (a!223 (ite (<= (ite (< 0 a!221) (+ offset a!221) 0) a!27)
                  (ite (< 0 a!221) (+ offset a!221) 0)
                  a!27))
      (a!251 (ite (<= (ite (< 0 a!245) (+ offset a!245) 0) a!250)
                  (ite (< 0 a!245) (+ offset a!245) 0)
                  a!250)))
(let ((a!29 (- (ite (<= a!25 a!28) a!28 a!25)
               (mod (ite (<= a!25 a!28) a!28 a!25) 4096)))
      (a!30 (= (mod (ite (<= a!25 a!28) a!28 a!25) 4096) 0))
      (a!51 (- (ite (<= a!25 a!50) a!50 a!25)
               (mod (ite (<= a!25 a!50) a!50 a!25) 4096)))
      (a!52 (= (mod (ite (<= a!25 a!50) a!50 a!25) 4096) 0))
      (a!73 (- (ite (<= a!25 a!72) a!72 a!25)
               (mod (ite (<= a!25 a!72) a!72 a!25) 4096)))
      (a!74 (= (mod (ite (<= a!25 a!72) a!72 a!25) 4096) 0))
      (a!95 (- (ite (<= a!25 a!94) a!94 a!25)
               (mod (ite (<= a!25 a!94) a!94 a!25) 4096)))
      (a!96 (= (mod (ite (<= a!25 a!94) a!94 a!25) 4096) 0))
      (a!118 (- (ite (<= a!25 a!117) a!117 a!25)
                (mod (ite (<= a!25 a!117) a!117 a!25) 4096)))
      (a!119 (= (mod (ite (<= a!25 a!117) a!117 a!25) 4096) 0))
      (a!146 (- (ite (<= a!142 a!145) a!145 a!142)
                (mod (ite (<= a!142 a!145) a!145 a!142) 65536)))
      (a!147 (= (mod (ite (<= a!142 a!145) a!145 a!142) 65536) 0))
      (a!174 (- (ite (<= a!170 a!173) a!173 a!170)
                (mod (ite (<= a!170 a!173) a!173 a!170) 1024)))
      (a!175 (= (mod (ite (<= a!170 a!173) a!173 a!170) 1024) 0))
      (a!202 (- (ite (<= a!198 a!201) a!201 a!198)
                (mod (ite (<= a!198 a!201) a!201 a!198) 16384)))
      (a!203 (= (mod (ite (<= a!198 a!201) a!201 a!198) 16384) 0))
      (a!224 (- (ite (<= a!25 a!223) a!223 a!25)
                (mod (ite (<= a!25 a!223) a!223 a!25) 4096)))
      (a!225 (= (mod (ite (<= a!25 a!223) a!223 a!25) 4096) 0))
      (a!252 (- (ite (<= a!248 a!251) a!251 a!248)
                (mod (ite (<= a!248 a!251) a!251 a!248) 8192)))
      (a!253 (= (mod (ite (<= a!248 a!251) a!251 a!248) 8192) 0)))
(let ((a!31 (ite (<= (+ a!29 (ite a!30 0 4096)) a!27)
                 (+ a!29 (ite a!30 0 4096))
                 a!27))
      (a!53 (ite (<= (+ a!51 (ite a!52 0 4096)) a!27)
                 (+ a!51 (ite a!52 0 4096))
                 a!27))
      (a!75 (ite (<= (+ a!73 (ite a!74 0 4096)) a!27)
                 (+ a!73 (ite a!74 0 4096))
                 a!27))
      (a!97 (ite (<= (+ a!95 (ite a!96 0 4096)) a!27)
                 (+ a!95 (ite a!96 0 4096))
                 a!27))
      (a!120 (ite (<= (+ a!118 (ite a!119 0 4096)) a!27)
                  (+ a!118 (ite a!119 0 4096))
                  a!27))
      (a!148 (ite (<= (+ a!146 (ite a!147 0 65536)) a!144)
                  (+ a!146 (ite a!147 0 65536))
                  a!144))
      (a!176 (ite (<= (+ a!174 (ite a!175 0 1024)) a!172)
                  (+ a!174 (ite a!175 0 1024))
                  a!172))
      (a!204 (ite (<= (+ a!202 (ite a!203 0 16384)) a!200)
                  (+ a!202 (ite a!203 0 16384))
                  a!200))
      (a!226 (ite (<= (+ a!224 (ite a!225 0 4096)) a!27)
                  (+ a!224 (ite a!225 0 4096))
                  a!27))
      (a!254 (ite (<= (+ a!252 (ite a!253 0 8192)) a!250)
                  (+ a!252 (ite a!253 0 8192))
                  a!250)))
(let ((a!32 (and (= (ite (<= a!21 0) 0 a!21) (ite (<= a!21 0) 0 a!21))
                 (= a!22 a!22)
                 (= a!31 a!31)))
      (a!54 (and (= (ite (<= a!48 0) 0 a!48) (ite (<= a!48 0) 0 a!48))
                 (= a!49 a!49)
                 (= a!53 a!53)))
      (a!76 (and (= (ite (<= a!70 0) 0 a!70) (ite (<= a!70 0) 0 a!70))
                 (= a!71 a!71)
                 (= a!75 a!75)))
      (a!98 (and (= (ite (<= a!92 0) 0 a!92) (ite (<= a!92 0) 0 a!92))
                 (= a!93 a!93)
                 (= a!97 a!97)))
      (a!121 (and (= (ite (<= a!115 0) 0 a!115) (ite (<= a!115 0) 0 a!115))
                  (= a!116 a!116)
                  (= a!120 a!120)))
      (a!149 (and (= (ite (<= a!139 0) 0 a!139) (ite (<= a!139 0) 0 a!139))
                  (= a!140 a!140)
                  (= a!148 a!148)))
      (a!177 (and (= (ite (<= a!167 0) 0 a!167) (ite (<= a!167 0) 0 a!167))
                  (= a!168 a!168)
                  (= a!176 a!176)))
      (a!205 (and (= (ite (<= a!195 0) 0 a!195) (ite (<= a!195 0) 0 a!195))
                  (= a!196 a!196)
                  (= a!204 a!204)))
      (a!227 (and (= (ite (<= a!221 0) 0 a!221) (ite (<= a!221 0) 0 a!221))
                  (= a!222 a!222)
                  (= a!226 a!226)))
      (a!255 (and (= (ite (<= a!245 0) 0 a!245) (ite (<= a!245 0) 0 a!245))
                  (= a!246 a!246)
                  (= a!254 a!254))))
  (or (and a!5 (or (not a!16) a!20 (not a!32)))
      (and a!5 (or (not a!43) a!47 (not a!54)))
      (and a!5 (or (not a!65) a!69 (not a!76)))
      (and a!5 (or (not a!87) a!91 (not a!98)))
      (and a!99
           (<= a!4 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!110) a!114 (not a!121)))
      (and a!99
           (<= a!123 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!134) a!138 (not a!149)))
      (and a!2
           (<= a!151 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!162) a!166 (not a!177)))
      (and a!2
           (<= a!179 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!190) a!194 (not a!205)))
      (and a!1
           (= (mod offset 1024) 0)
           (= (mod length 1024) 0)
           (<= a!4 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!216) a!220 (not a!227)))
      (and a!1
           (= (mod offset 2048) 0)
           (= (mod length 2048) 0)
           (<= a!229 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!240) a!244 (not a!255))))))))))))))
(check-sat)
(reset)
