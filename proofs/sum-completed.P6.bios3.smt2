; DioVerify proof obligation (dioverify 0.1.0)
; policy:   sum-completed
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
(declare-fun s_okBytes_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun s_highestOkEnd_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun x_end_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun x_failed_sectors_2k_bio_unaligned_above_block () Bool)
(declare-fun x_start_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun y_end_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun y_failed_sectors_2k_bio_unaligned_above_block () Bool)
(declare-fun y_start_sectors_2k_bio_unaligned_above_block () Int)
(declare-fun s_lowestFailedStart_sectors_1k_bio_not_dividing () Int)
(declare-fun s_anyFailed_sectors_1k_bio_not_dividing () Bool)
(declare-fun s_okBytes_sectors_1k_bio_not_dividing () Int)
(declare-fun s_highestOkEnd_sectors_1k_bio_not_dividing () Int)
(declare-fun x_end_sectors_1k_bio_not_dividing () Int)
(declare-fun x_failed_sectors_1k_bio_not_dividing () Bool)
(declare-fun x_start_sectors_1k_bio_not_dividing () Int)
(declare-fun y_end_sectors_1k_bio_not_dividing () Int)
(declare-fun y_failed_sectors_1k_bio_not_dividing () Bool)
(declare-fun y_start_sectors_1k_bio_not_dividing () Int)
(declare-fun s_lowestFailedStart_large_blocks_bio_not_dividing () Int)
(declare-fun s_anyFailed_large_blocks_bio_not_dividing () Bool)
(declare-fun s_okBytes_large_blocks_bio_not_dividing () Int)
(declare-fun s_highestOkEnd_large_blocks_bio_not_dividing () Int)
(declare-fun x_end_large_blocks_bio_not_dividing () Int)
(declare-fun x_failed_large_blocks_bio_not_dividing () Bool)
(declare-fun x_start_large_blocks_bio_not_dividing () Int)
(declare-fun y_end_large_blocks_bio_not_dividing () Int)
(declare-fun y_failed_large_blocks_bio_not_dividing () Bool)
(declare-fun y_start_large_blocks_bio_not_dividing () Int)
(declare-fun s_lowestFailedStart_small_blocks () Int)
(declare-fun s_anyFailed_small_blocks () Bool)
(declare-fun s_okBytes_small_blocks () Int)
(declare-fun s_highestOkEnd_small_blocks () Int)
(declare-fun x_end_small_blocks () Int)
(declare-fun x_failed_small_blocks () Bool)
(declare-fun x_start_small_blocks () Int)
(declare-fun y_end_small_blocks () Int)
(declare-fun y_failed_small_blocks () Bool)
(declare-fun y_start_small_blocks () Int)
(declare-fun s_lowestFailedStart_large_sectors_and_blocks () Int)
(declare-fun s_anyFailed_large_sectors_and_blocks () Bool)
(declare-fun s_okBytes_large_sectors_and_blocks () Int)
(declare-fun s_highestOkEnd_large_sectors_and_blocks () Int)
(declare-fun x_end_large_sectors_and_blocks () Int)
(declare-fun x_failed_large_sectors_and_blocks () Bool)
(declare-fun x_start_large_sectors_and_blocks () Int)
(declare-fun y_end_large_sectors_and_blocks () Int)
(declare-fun y_failed_large_sectors_and_blocks () Bool)
(declare-fun y_start_large_sectors_and_blocks () Int)
(declare-fun s_lowestFailedStart_sector_equals_block () Int)
(declare-fun s_anyFailed_sector_equals_block () Bool)
(declare-fun s_okBytes_sector_equals_block () Int)
(declare-fun s_highestOkEnd_sector_equals_block () Int)
(declare-fun x_end_sector_equals_block () Int)
(declare-fun x_failed_sector_equals_block () Bool)
(declare-fun x_start_sector_equals_block () Int)
(declare-fun y_end_sector_equals_block () Int)
(declare-fun y_failed_sector_equals_block () Bool)
(declare-fun y_start_sector_equals_block () Int)
(declare-fun s_lowestFailedStart_bio_spans_blocks () Int)
(declare-fun s_anyFailed_bio_spans_blocks () Bool)
(declare-fun s_okBytes_bio_spans_blocks () Int)
(declare-fun s_highestOkEnd_bio_spans_blocks () Int)
(declare-fun x_end_bio_spans_blocks () Int)
(declare-fun x_failed_bio_spans_blocks () Bool)
(declare-fun x_start_bio_spans_blocks () Int)
(declare-fun y_end_bio_spans_blocks () Int)
(declare-fun y_failed_bio_spans_blocks () Bool)
(declare-fun y_start_bio_spans_blocks () Int)
(declare-fun s_lowestFailedStart_bio_unaligned_to_block () Int)
(declare-fun s_anyFailed_bio_unaligned_to_block () Bool)
(declare-fun s_okBytes_bio_unaligned_to_block () Int)
(declare-fun s_highestOkEnd_bio_unaligned_to_block () Int)
(declare-fun x_end_bio_unaligned_to_block () Int)
(declare-fun x_failed_bio_unaligned_to_block () Bool)
(declare-fun x_start_bio_unaligned_to_block () Int)
(declare-fun y_end_bio_unaligned_to_block () Int)
(declare-fun y_failed_bio_unaligned_to_block () Bool)
(declare-fun y_start_bio_unaligned_to_block () Int)
(declare-fun s_lowestFailedStart_bio_smaller_than_block () Int)
(declare-fun s_anyFailed_bio_smaller_than_block () Bool)
(declare-fun s_okBytes_bio_smaller_than_block () Int)
(declare-fun s_highestOkEnd_bio_smaller_than_block () Int)
(declare-fun x_end_bio_smaller_than_block () Int)
(declare-fun x_failed_bio_smaller_than_block () Bool)
(declare-fun x_start_bio_smaller_than_block () Int)
(declare-fun y_end_bio_smaller_than_block () Int)
(declare-fun y_failed_bio_smaller_than_block () Bool)
(declare-fun y_start_bio_smaller_than_block () Int)
(declare-fun s_lowestFailedStart_bio_equals_block () Int)
(declare-fun s_anyFailed_bio_equals_block () Bool)
(declare-fun s_okBytes_bio_equals_block () Int)
(declare-fun s_highestOkEnd_bio_equals_block () Int)
(declare-fun x_end_bio_equals_block () Int)
(declare-fun x_failed_bio_equals_block () Bool)
(declare-fun x_start_bio_equals_block () Int)
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
      (a!25 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
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
      (a!49 (ite (< 0 (- s_lowestFailedStart_bio_smaller_than_block offset))
                 (- s_lowestFailedStart_bio_smaller_than_block offset)
                 (ite (and s_anyFailed_bio_smaller_than_block
                           (= s_lowestFailedStart_bio_smaller_than_block offset))
                      (- 5)
                      (- 28))))
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
      (a!72 (ite (< 0 (- s_lowestFailedStart_bio_unaligned_to_block offset))
                 (- s_lowestFailedStart_bio_unaligned_to_block offset)
                 (ite (and s_anyFailed_bio_unaligned_to_block
                           (= s_lowestFailedStart_bio_unaligned_to_block offset))
                      (- 5)
                      (- 28))))
      (a!80 (< y_start_bio_spans_blocks
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!82 (< x_start_bio_spans_blocks
               (ite (and y_failed_bio_spans_blocks
                         (< y_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    y_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!84 (+ (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (ite (not y_failed_bio_spans_blocks)
                    (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                    0)))
      (a!86 (< (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               y_end_bio_spans_blocks))
      (a!88 (< (ite (and (not y_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            y_end_bio_spans_blocks))
                    y_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               x_end_bio_spans_blocks))
      (a!91 (= (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!92 (= (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!93 (= (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)))
      (a!95 (ite (< 0 (- s_lowestFailedStart_bio_spans_blocks offset))
                 (- s_lowestFailedStart_bio_spans_blocks offset)
                 (ite (and s_anyFailed_bio_spans_blocks
                           (= s_lowestFailedStart_bio_spans_blocks offset))
                      (- 5)
                      (- 28))))
      (a!104 (< y_start_sector_equals_block
                (ite (and x_failed_sector_equals_block
                          (< x_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     x_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)))
      (a!106 (< x_start_sector_equals_block
                (ite (and y_failed_sector_equals_block
                          (< y_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     y_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)))
      (a!108 (+ (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))
                (ite (not y_failed_sector_equals_block)
                     (- y_end_sector_equals_block y_start_sector_equals_block)
                     0)))
      (a!110 (< (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                y_end_sector_equals_block))
      (a!112 (< (ite (and (not y_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             y_end_sector_equals_block))
                     y_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                x_end_sector_equals_block))
      (a!115 (= (ite (and x_failed_sector_equals_block
                          (< x_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     x_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)
                (ite (and x_failed_sector_equals_block
                          (< x_start_sector_equals_block
                             s_lowestFailedStart_sector_equals_block))
                     x_start_sector_equals_block
                     s_lowestFailedStart_sector_equals_block)))
      (a!116 (= (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))
                (+ s_okBytes_sector_equals_block
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))))
      (a!117 (= (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)))
      (a!119 (ite (< 0 (- s_lowestFailedStart_sector_equals_block offset))
                  (- s_lowestFailedStart_sector_equals_block offset)
                  (ite (and s_anyFailed_sector_equals_block
                            (= s_lowestFailedStart_sector_equals_block offset))
                       (- 5)
                       (- 28))))
      (a!127 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!129 (< y_start_large_sectors_and_blocks
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!131 (< x_start_large_sectors_and_blocks
                (ite (and y_failed_large_sectors_and_blocks
                          (< y_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     y_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!133 (+ (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (ite (not y_failed_large_sectors_and_blocks)
                     (- y_end_large_sectors_and_blocks
                        y_start_large_sectors_and_blocks)
                     0)))
      (a!135 (< (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                y_end_large_sectors_and_blocks))
      (a!137 (< (ite (and (not y_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             y_end_large_sectors_and_blocks))
                     y_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                x_end_large_sectors_and_blocks))
      (a!140 (= (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!141 (= (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!142 (= (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)))
      (a!144 (ite (< 0 (- s_lowestFailedStart_large_sectors_and_blocks offset))
                  (- s_lowestFailedStart_large_sectors_and_blocks offset)
                  (ite (and s_anyFailed_large_sectors_and_blocks
                            (= s_lowestFailedStart_large_sectors_and_blocks
                               offset))
                       (- 5)
                       (- 28))))
      (a!156 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!158 (< y_start_small_blocks
                (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!160 (< x_start_small_blocks
                (ite (and y_failed_small_blocks
                          (< y_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     y_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!162 (+ (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))
                (ite (not y_failed_small_blocks)
                     (- y_end_small_blocks y_start_small_blocks)
                     0)))
      (a!164 (< (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)
                y_end_small_blocks))
      (a!166 (< (ite (and (not y_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks y_end_small_blocks))
                     y_end_small_blocks
                     s_highestOkEnd_small_blocks)
                x_end_small_blocks))
      (a!169 (= (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)
                (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!170 (= (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))
                (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))))
      (a!171 (= (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)
                (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)))
      (a!173 (ite (< 0 (- s_lowestFailedStart_small_blocks offset))
                  (- s_lowestFailedStart_small_blocks offset)
                  (ite (and s_anyFailed_small_blocks
                            (= s_lowestFailedStart_small_blocks offset))
                       (- 5)
                       (- 28))))
      (a!185 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!187 (< y_start_large_blocks_bio_not_dividing
                (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!189 (< x_start_large_blocks_bio_not_dividing
                (ite (and y_failed_large_blocks_bio_not_dividing
                          (< y_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     y_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!191 (+ (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))
                (ite (not y_failed_large_blocks_bio_not_dividing)
                     (- y_end_large_blocks_bio_not_dividing
                        y_start_large_blocks_bio_not_dividing)
                     0)))
      (a!193 (< (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                y_end_large_blocks_bio_not_dividing))
      (a!195 (< (ite (and (not y_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             y_end_large_blocks_bio_not_dividing))
                     y_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                x_end_large_blocks_bio_not_dividing))
      (a!198 (= (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)
                (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!199 (= (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))
                (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))))
      (a!200 (= (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!202 (ite (< 0
                     (- s_lowestFailedStart_large_blocks_bio_not_dividing
                        offset))
                  (- s_lowestFailedStart_large_blocks_bio_not_dividing offset)
                  (ite (and s_anyFailed_large_blocks_bio_not_dividing
                            (= s_lowestFailedStart_large_blocks_bio_not_dividing
                               offset))
                       (- 5)
                       (- 28))))
      (a!214 (< y_start_sectors_1k_bio_not_dividing
                (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!216 (< x_start_sectors_1k_bio_not_dividing
                (ite (and y_failed_sectors_1k_bio_not_dividing
                          (< y_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     y_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!218 (+ (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))
                (ite (not y_failed_sectors_1k_bio_not_dividing)
                     (- y_end_sectors_1k_bio_not_dividing
                        y_start_sectors_1k_bio_not_dividing)
                     0)))
      (a!220 (< (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                y_end_sectors_1k_bio_not_dividing))
      (a!222 (< (ite (and (not y_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             y_end_sectors_1k_bio_not_dividing))
                     y_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                x_end_sectors_1k_bio_not_dividing))
      (a!225 (= (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)
                (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!226 (= (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))
                (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))))
      (a!227 (= (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!229 (ite (< 0
                     (- s_lowestFailedStart_sectors_1k_bio_not_dividing offset))
                  (- s_lowestFailedStart_sectors_1k_bio_not_dividing offset)
                  (ite (and s_anyFailed_sectors_1k_bio_not_dividing
                            (= s_lowestFailedStart_sectors_1k_bio_not_dividing
                               offset))
                       (- 5)
                       (- 28))))
      (a!237 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!239 (< y_start_sectors_2k_bio_unaligned_above_block
                (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!241 (< x_start_sectors_2k_bio_unaligned_above_block
                (ite (and y_failed_sectors_2k_bio_unaligned_above_block
                          (< y_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     y_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!243 (+ (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))
                (ite (not y_failed_sectors_2k_bio_unaligned_above_block)
                     (- y_end_sectors_2k_bio_unaligned_above_block
                        y_start_sectors_2k_bio_unaligned_above_block)
                     0)))
      (a!245 (< (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                y_end_sectors_2k_bio_unaligned_above_block))
      (a!247 (< (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             y_end_sectors_2k_bio_unaligned_above_block))
                     y_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                x_end_sectors_2k_bio_unaligned_above_block))
      (a!250 (= (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)
                (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!251 (= (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))
                (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))))
      (a!252 (= (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!254 (ite (< 0
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
      (a!22 (<= fileSize
                (+ offset
                   (ite (< 0 s_okBytes_bio_equals_block)
                        s_okBytes_bio_equals_block
                        a!21))))
      (a!26 (+ (- a!25 (mod a!25 4096)) (ite (= (mod a!25 4096) 0) 0 4096)))
      (a!28 (ite (< 0
                    (ite (< 0 s_okBytes_bio_equals_block)
                         s_okBytes_bio_equals_block
                         a!21))
                 (+ offset
                    (ite (< 0 s_okBytes_bio_equals_block)
                         s_okBytes_bio_equals_block
                         a!21))
                 0))
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
      (a!50 (<= fileSize
                (+ offset
                   (ite (< 0 s_okBytes_bio_smaller_than_block)
                        s_okBytes_bio_smaller_than_block
                        a!49))))
      (a!53 (ite (< 0
                    (ite (< 0 s_okBytes_bio_smaller_than_block)
                         s_okBytes_bio_smaller_than_block
                         a!49))
                 (+ offset
                    (ite (< 0 s_okBytes_bio_smaller_than_block)
                         s_okBytes_bio_smaller_than_block
                         a!49))
                 0))
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
      (a!73 (<= fileSize
                (+ offset
                   (ite (< 0 s_okBytes_bio_unaligned_to_block)
                        s_okBytes_bio_unaligned_to_block
                        a!72))))
      (a!76 (ite (< 0
                    (ite (< 0 s_okBytes_bio_unaligned_to_block)
                         s_okBytes_bio_unaligned_to_block
                         a!72))
                 (+ offset
                    (ite (< 0 s_okBytes_bio_unaligned_to_block)
                         s_okBytes_bio_unaligned_to_block
                         a!72))
                 0))
      (a!81 (ite (and y_failed_bio_spans_blocks a!80)
                 y_start_bio_spans_blocks
                 (ite (and x_failed_bio_spans_blocks
                           (< x_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      x_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!83 (ite (and x_failed_bio_spans_blocks a!82)
                 x_start_bio_spans_blocks
                 (ite (and y_failed_bio_spans_blocks
                           (< y_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      y_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!85 (= a!84
               (+ s_okBytes_bio_spans_blocks
                  (ite (not y_failed_bio_spans_blocks)
                       (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                       0)
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!87 (ite (and (not y_failed_bio_spans_blocks) a!86)
                 y_end_bio_spans_blocks
                 (ite (and (not x_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              x_end_bio_spans_blocks))
                      x_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!89 (ite (and (not x_failed_bio_spans_blocks) a!88)
                 x_end_bio_spans_blocks
                 (ite (and (not y_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              y_end_bio_spans_blocks))
                      y_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!94 (not (and (= (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks)
                         (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks))
                      a!91
                      a!92
                      a!93)))
      (a!96 (<= fileSize
                (+ offset
                   (ite (< 0 s_okBytes_bio_spans_blocks)
                        s_okBytes_bio_spans_blocks
                        a!95))))
      (a!99 (ite (< 0
                    (ite (< 0 s_okBytes_bio_spans_blocks)
                         s_okBytes_bio_spans_blocks
                         a!95))
                 (+ offset
                    (ite (< 0 s_okBytes_bio_spans_blocks)
                         s_okBytes_bio_spans_blocks
                         a!95))
                 0))
      (a!103 (and a!1 (= (mod offset 4096) 0) (= (mod length 4096) 0)))
      (a!105 (ite (and y_failed_sector_equals_block a!104)
                  y_start_sector_equals_block
                  (ite (and x_failed_sector_equals_block
                            (< x_start_sector_equals_block
                               s_lowestFailedStart_sector_equals_block))
                       x_start_sector_equals_block
                       s_lowestFailedStart_sector_equals_block)))
      (a!107 (ite (and x_failed_sector_equals_block a!106)
                  x_start_sector_equals_block
                  (ite (and y_failed_sector_equals_block
                            (< y_start_sector_equals_block
                               s_lowestFailedStart_sector_equals_block))
                       y_start_sector_equals_block
                       s_lowestFailedStart_sector_equals_block)))
      (a!109 (= a!108
                (+ s_okBytes_sector_equals_block
                   (ite (not y_failed_sector_equals_block)
                        (- y_end_sector_equals_block
                           y_start_sector_equals_block)
                        0)
                   (ite (not x_failed_sector_equals_block)
                        (- x_end_sector_equals_block
                           x_start_sector_equals_block)
                        0))))
      (a!111 (ite (and (not y_failed_sector_equals_block) a!110)
                  y_end_sector_equals_block
                  (ite (and (not x_failed_sector_equals_block)
                            (< s_highestOkEnd_sector_equals_block
                               x_end_sector_equals_block))
                       x_end_sector_equals_block
                       s_highestOkEnd_sector_equals_block)))
      (a!113 (ite (and (not x_failed_sector_equals_block) a!112)
                  x_end_sector_equals_block
                  (ite (and (not y_failed_sector_equals_block)
                            (< s_highestOkEnd_sector_equals_block
                               y_end_sector_equals_block))
                       y_end_sector_equals_block
                       s_highestOkEnd_sector_equals_block)))
      (a!118 (not (and (= (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block)
                          (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block))
                       a!115
                       a!116
                       a!117)))
      (a!120 (<= fileSize
                 (+ offset
                    (ite (< 0 s_okBytes_sector_equals_block)
                         s_okBytes_sector_equals_block
                         a!119))))
      (a!123 (ite (< 0
                     (ite (< 0 s_okBytes_sector_equals_block)
                          s_okBytes_sector_equals_block
                          a!119))
                  (+ offset
                     (ite (< 0 s_okBytes_sector_equals_block)
                          s_okBytes_sector_equals_block
                          a!119))
                  0))
      (a!128 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!127))
      (a!130 (ite (and y_failed_large_sectors_and_blocks a!129)
                  y_start_large_sectors_and_blocks
                  (ite (and x_failed_large_sectors_and_blocks
                            (< x_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       x_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!132 (ite (and x_failed_large_sectors_and_blocks a!131)
                  x_start_large_sectors_and_blocks
                  (ite (and y_failed_large_sectors_and_blocks
                            (< y_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       y_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!134 (= a!133
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not y_failed_large_sectors_and_blocks)
                        (- y_end_large_sectors_and_blocks
                           y_start_large_sectors_and_blocks)
                        0)
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!136 (ite (and (not y_failed_large_sectors_and_blocks) a!135)
                  y_end_large_sectors_and_blocks
                  (ite (and (not x_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               x_end_large_sectors_and_blocks))
                       x_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!138 (ite (and (not x_failed_large_sectors_and_blocks) a!137)
                  x_end_large_sectors_and_blocks
                  (ite (and (not y_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               y_end_large_sectors_and_blocks))
                       y_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!143 (not (and (= (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks)
                          (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks))
                       a!140
                       a!141
                       a!142)))
      (a!145 (<= fileSize
                 (+ offset
                    (ite (< 0 s_okBytes_large_sectors_and_blocks)
                         s_okBytes_large_sectors_and_blocks
                         a!144))))
      (a!148 (+ (- a!25 (mod a!25 65536)) (ite (= (mod a!25 65536) 0) 0 65536)))
      (a!150 (ite (< 0
                     (ite (< 0 s_okBytes_large_sectors_and_blocks)
                          s_okBytes_large_sectors_and_blocks
                          a!144))
                  (+ offset
                     (ite (< 0 s_okBytes_large_sectors_and_blocks)
                          s_okBytes_large_sectors_and_blocks
                          a!144))
                  0))
      (a!157 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!156))
      (a!159 (ite (and y_failed_small_blocks a!158)
                  y_start_small_blocks
                  (ite (and x_failed_small_blocks
                            (< x_start_small_blocks
                               s_lowestFailedStart_small_blocks))
                       x_start_small_blocks
                       s_lowestFailedStart_small_blocks)))
      (a!161 (ite (and x_failed_small_blocks a!160)
                  x_start_small_blocks
                  (ite (and y_failed_small_blocks
                            (< y_start_small_blocks
                               s_lowestFailedStart_small_blocks))
                       y_start_small_blocks
                       s_lowestFailedStart_small_blocks)))
      (a!163 (= a!162
                (+ s_okBytes_small_blocks
                   (ite (not y_failed_small_blocks)
                        (- y_end_small_blocks y_start_small_blocks)
                        0)
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))))
      (a!165 (ite (and (not y_failed_small_blocks) a!164)
                  y_end_small_blocks
                  (ite (and (not x_failed_small_blocks)
                            (< s_highestOkEnd_small_blocks x_end_small_blocks))
                       x_end_small_blocks
                       s_highestOkEnd_small_blocks)))
      (a!167 (ite (and (not x_failed_small_blocks) a!166)
                  x_end_small_blocks
                  (ite (and (not y_failed_small_blocks)
                            (< s_highestOkEnd_small_blocks y_end_small_blocks))
                       y_end_small_blocks
                       s_highestOkEnd_small_blocks)))
      (a!172 (not (and (= (or s_anyFailed_small_blocks x_failed_small_blocks)
                          (or s_anyFailed_small_blocks x_failed_small_blocks))
                       a!169
                       a!170
                       a!171)))
      (a!174 (<= fileSize
                 (+ offset
                    (ite (< 0 s_okBytes_small_blocks)
                         s_okBytes_small_blocks
                         a!173))))
      (a!177 (+ (- a!25 (mod a!25 1024)) (ite (= (mod a!25 1024) 0) 0 1024)))
      (a!179 (ite (< 0
                     (ite (< 0 s_okBytes_small_blocks)
                          s_okBytes_small_blocks
                          a!173))
                  (+ offset
                     (ite (< 0 s_okBytes_small_blocks)
                          s_okBytes_small_blocks
                          a!173))
                  0))
      (a!186 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!185))
      (a!188 (ite (and y_failed_large_blocks_bio_not_dividing a!187)
                  y_start_large_blocks_bio_not_dividing
                  (ite (and x_failed_large_blocks_bio_not_dividing
                            (< x_start_large_blocks_bio_not_dividing
                               s_lowestFailedStart_large_blocks_bio_not_dividing))
                       x_start_large_blocks_bio_not_dividing
                       s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!190 (ite (and x_failed_large_blocks_bio_not_dividing a!189)
                  x_start_large_blocks_bio_not_dividing
                  (ite (and y_failed_large_blocks_bio_not_dividing
                            (< y_start_large_blocks_bio_not_dividing
                               s_lowestFailedStart_large_blocks_bio_not_dividing))
                       y_start_large_blocks_bio_not_dividing
                       s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!192 (= a!191
                (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not y_failed_large_blocks_bio_not_dividing)
                        (- y_end_large_blocks_bio_not_dividing
                           y_start_large_blocks_bio_not_dividing)
                        0)
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))))
      (a!194 (ite (and (not y_failed_large_blocks_bio_not_dividing) a!193)
                  y_end_large_blocks_bio_not_dividing
                  (ite (and (not x_failed_large_blocks_bio_not_dividing)
                            (< s_highestOkEnd_large_blocks_bio_not_dividing
                               x_end_large_blocks_bio_not_dividing))
                       x_end_large_blocks_bio_not_dividing
                       s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!196 (ite (and (not x_failed_large_blocks_bio_not_dividing) a!195)
                  x_end_large_blocks_bio_not_dividing
                  (ite (and (not y_failed_large_blocks_bio_not_dividing)
                            (< s_highestOkEnd_large_blocks_bio_not_dividing
                               y_end_large_blocks_bio_not_dividing))
                       y_end_large_blocks_bio_not_dividing
                       s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!201 (not (and (= (or s_anyFailed_large_blocks_bio_not_dividing
                              x_failed_large_blocks_bio_not_dividing)
                          (or s_anyFailed_large_blocks_bio_not_dividing
                              x_failed_large_blocks_bio_not_dividing))
                       a!198
                       a!199
                       a!200)))
      (a!203 (<= fileSize
                 (+ offset
                    (ite (< 0 s_okBytes_large_blocks_bio_not_dividing)
                         s_okBytes_large_blocks_bio_not_dividing
                         a!202))))
      (a!206 (+ (- a!25 (mod a!25 16384)) (ite (= (mod a!25 16384) 0) 0 16384)))
      (a!208 (ite (< 0
                     (ite (< 0 s_okBytes_large_blocks_bio_not_dividing)
                          s_okBytes_large_blocks_bio_not_dividing
                          a!202))
                  (+ offset
                     (ite (< 0 s_okBytes_large_blocks_bio_not_dividing)
                          s_okBytes_large_blocks_bio_not_dividing
                          a!202))
                  0))
      (a!215 (ite (and y_failed_sectors_1k_bio_not_dividing a!214)
                  y_start_sectors_1k_bio_not_dividing
                  (ite (and x_failed_sectors_1k_bio_not_dividing
                            (< x_start_sectors_1k_bio_not_dividing
                               s_lowestFailedStart_sectors_1k_bio_not_dividing))
                       x_start_sectors_1k_bio_not_dividing
                       s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!217 (ite (and x_failed_sectors_1k_bio_not_dividing a!216)
                  x_start_sectors_1k_bio_not_dividing
                  (ite (and y_failed_sectors_1k_bio_not_dividing
                            (< y_start_sectors_1k_bio_not_dividing
                               s_lowestFailedStart_sectors_1k_bio_not_dividing))
                       y_start_sectors_1k_bio_not_dividing
                       s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!219 (= a!218
                (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not y_failed_sectors_1k_bio_not_dividing)
                        (- y_end_sectors_1k_bio_not_dividing
                           y_start_sectors_1k_bio_not_dividing)
                        0)
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))))
      (a!221 (ite (and (not y_failed_sectors_1k_bio_not_dividing) a!220)
                  y_end_sectors_1k_bio_not_dividing
                  (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                            (< s_highestOkEnd_sectors_1k_bio_not_dividing
                               x_end_sectors_1k_bio_not_dividing))
                       x_end_sectors_1k_bio_not_dividing
                       s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!223 (ite (and (not x_failed_sectors_1k_bio_not_dividing) a!222)
                  x_end_sectors_1k_bio_not_dividing
                  (ite (and (not y_failed_sectors_1k_bio_not_dividing)
                            (< s_highestOkEnd_sectors_1k_bio_not_dividing
                               y_end_sectors_1k_bio_not_dividing))
                       y_end_sectors_1k_bio_not_dividing
                       s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!228 (not (and (= (or s_anyFailed_sectors_1k_bio_not_dividing
                              x_failed_sectors_1k_bio_not_dividing)
                          (or s_anyFailed_sectors_1k_bio_not_dividing
                              x_failed_sectors_1k_bio_not_dividing))
                       a!225
                       a!226
                       a!227)))
      (a!230 (<= fileSize
                 (+ offset
                    (ite (< 0 s_okBytes_sectors_1k_bio_not_dividing)
                         s_okBytes_sectors_1k_bio_not_dividing
                         a!229))))
      (a!233 (ite (< 0
                     (ite (< 0 s_okBytes_sectors_1k_bio_not_dividing)
                          s_okBytes_sectors_1k_bio_not_dividing
                          a!229))
                  (+ offset
                     (ite (< 0 s_okBytes_sectors_1k_bio_not_dividing)
                          s_okBytes_sectors_1k_bio_not_dividing
                          a!229))
                  0))
      (a!238 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!237))
      (a!240 (ite (and y_failed_sectors_2k_bio_unaligned_above_block a!239)
                  y_start_sectors_2k_bio_unaligned_above_block
                  (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                            (< x_start_sectors_2k_bio_unaligned_above_block
                               s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                       x_start_sectors_2k_bio_unaligned_above_block
                       s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!242 (ite (and x_failed_sectors_2k_bio_unaligned_above_block a!241)
                  x_start_sectors_2k_bio_unaligned_above_block
                  (ite (and y_failed_sectors_2k_bio_unaligned_above_block
                            (< y_start_sectors_2k_bio_unaligned_above_block
                               s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                       y_start_sectors_2k_bio_unaligned_above_block
                       s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!244 (= a!243
                (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not y_failed_sectors_2k_bio_unaligned_above_block)
                        (- y_end_sectors_2k_bio_unaligned_above_block
                           y_start_sectors_2k_bio_unaligned_above_block)
                        0)
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))))
      (a!246 (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                       a!245)
                  y_end_sectors_2k_bio_unaligned_above_block
                  (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                            (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                               x_end_sectors_2k_bio_unaligned_above_block))
                       x_end_sectors_2k_bio_unaligned_above_block
                       s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!248 (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                       a!247)
                  x_end_sectors_2k_bio_unaligned_above_block
                  (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                            (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                               y_end_sectors_2k_bio_unaligned_above_block))
                       y_end_sectors_2k_bio_unaligned_above_block
                       s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!253 (not (and (= (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                              x_failed_sectors_2k_bio_unaligned_above_block)
                          (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                              x_failed_sectors_2k_bio_unaligned_above_block))
                       a!250
                       a!251
                       a!252)))
      (a!255 (<= fileSize
                 (+ offset
                    (ite (< 0 s_okBytes_sectors_2k_bio_unaligned_above_block)
                         s_okBytes_sectors_2k_bio_unaligned_above_block
                         a!254))))
      (a!258 (+ (- a!25 (mod a!25 8192)) (ite (= (mod a!25 8192) 0) 0 8192)))
      (a!260 (ite (< 0
                     (ite (< 0 s_okBytes_sectors_2k_bio_unaligned_above_block)
                          s_okBytes_sectors_2k_bio_unaligned_above_block
                          a!254))
                  (+ offset
                     (ite (< 0 s_okBytes_sectors_2k_bio_unaligned_above_block)
                          s_okBytes_sectors_2k_bio_unaligned_above_block
                          a!254))
                  0)))
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
      (a!23 (ite a!22
                 (+ offset
                    (ite (< 0 s_okBytes_bio_equals_block)
                         s_okBytes_bio_equals_block
                         a!21))
                 fileSize))
      (a!27 (ite (<= a!26 (- offset (mod offset 4096)))
                 (- offset (mod offset 4096))
                 a!26))
      (a!44 (and (= (or (or s_anyFailed_bio_smaller_than_block
                            x_failed_bio_smaller_than_block)
                        y_failed_bio_smaller_than_block)
                    (or s_anyFailed_bio_smaller_than_block
                        y_failed_bio_smaller_than_block
                        x_failed_bio_smaller_than_block))
                 (= a!35 a!37)
                 a!39
                 (= a!41 a!43)))
      (a!51 (ite a!50
                 (+ offset
                    (ite (< 0 s_okBytes_bio_smaller_than_block)
                         s_okBytes_bio_smaller_than_block
                         a!49))
                 fileSize))
      (a!67 (and (= (or (or s_anyFailed_bio_unaligned_to_block
                            x_failed_bio_unaligned_to_block)
                        y_failed_bio_unaligned_to_block)
                    (or s_anyFailed_bio_unaligned_to_block
                        y_failed_bio_unaligned_to_block
                        x_failed_bio_unaligned_to_block))
                 (= a!58 a!60)
                 a!62
                 (= a!64 a!66)))
      (a!74 (ite a!73
                 (+ offset
                    (ite (< 0 s_okBytes_bio_unaligned_to_block)
                         s_okBytes_bio_unaligned_to_block
                         a!72))
                 fileSize))
      (a!90 (and (= (or (or s_anyFailed_bio_spans_blocks
                            x_failed_bio_spans_blocks)
                        y_failed_bio_spans_blocks)
                    (or s_anyFailed_bio_spans_blocks
                        y_failed_bio_spans_blocks
                        x_failed_bio_spans_blocks))
                 (= a!81 a!83)
                 a!85
                 (= a!87 a!89)))
      (a!97 (ite a!96
                 (+ offset
                    (ite (< 0 s_okBytes_bio_spans_blocks)
                         s_okBytes_bio_spans_blocks
                         a!95))
                 fileSize))
      (a!114 (and (= (or (or s_anyFailed_sector_equals_block
                             x_failed_sector_equals_block)
                         y_failed_sector_equals_block)
                     (or s_anyFailed_sector_equals_block
                         y_failed_sector_equals_block
                         x_failed_sector_equals_block))
                  (= a!105 a!107)
                  a!109
                  (= a!111 a!113)))
      (a!121 (ite a!120
                  (+ offset
                     (ite (< 0 s_okBytes_sector_equals_block)
                          s_okBytes_sector_equals_block
                          a!119))
                  fileSize))
      (a!139 (and (= (or (or s_anyFailed_large_sectors_and_blocks
                             x_failed_large_sectors_and_blocks)
                         y_failed_large_sectors_and_blocks)
                     (or s_anyFailed_large_sectors_and_blocks
                         y_failed_large_sectors_and_blocks
                         x_failed_large_sectors_and_blocks))
                  (= a!130 a!132)
                  a!134
                  (= a!136 a!138)))
      (a!146 (ite a!145
                  (+ offset
                     (ite (< 0 s_okBytes_large_sectors_and_blocks)
                          s_okBytes_large_sectors_and_blocks
                          a!144))
                  fileSize))
      (a!149 (ite (<= a!148 (- offset (mod offset 65536)))
                  (- offset (mod offset 65536))
                  a!148))
      (a!168 (and (= (or (or s_anyFailed_small_blocks x_failed_small_blocks)
                         y_failed_small_blocks)
                     (or s_anyFailed_small_blocks
                         y_failed_small_blocks
                         x_failed_small_blocks))
                  (= a!159 a!161)
                  a!163
                  (= a!165 a!167)))
      (a!175 (ite a!174
                  (+ offset
                     (ite (< 0 s_okBytes_small_blocks)
                          s_okBytes_small_blocks
                          a!173))
                  fileSize))
      (a!178 (ite (<= a!177 (- offset (mod offset 1024)))
                  (- offset (mod offset 1024))
                  a!177))
      (a!197 (and (= (or (or s_anyFailed_large_blocks_bio_not_dividing
                             x_failed_large_blocks_bio_not_dividing)
                         y_failed_large_blocks_bio_not_dividing)
                     (or s_anyFailed_large_blocks_bio_not_dividing
                         y_failed_large_blocks_bio_not_dividing
                         x_failed_large_blocks_bio_not_dividing))
                  (= a!188 a!190)
                  a!192
                  (= a!194 a!196)))
      (a!204 (ite a!203
                  (+ offset
                     (ite (< 0 s_okBytes_large_blocks_bio_not_dividing)
                          s_okBytes_large_blocks_bio_not_dividing
                          a!202))
                  fileSize))
      (a!207 (ite (<= a!206 (- offset (mod offset 16384)))
                  (- offset (mod offset 16384))
                  a!206))
      (a!224 (and (= (or (or s_anyFailed_sectors_1k_bio_not_dividing
                             x_failed_sectors_1k_bio_not_dividing)
                         y_failed_sectors_1k_bio_not_dividing)
                     (or s_anyFailed_sectors_1k_bio_not_dividing
                         y_failed_sectors_1k_bio_not_dividing
                         x_failed_sectors_1k_bio_not_dividing))
                  (= a!215 a!217)
                  a!219
                  (= a!221 a!223)))
      (a!231 (ite a!230
                  (+ offset
                     (ite (< 0 s_okBytes_sectors_1k_bio_not_dividing)
                          s_okBytes_sectors_1k_bio_not_dividing
                          a!229))
                  fileSize))
      (a!249 (and (= (or (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                             x_failed_sectors_2k_bio_unaligned_above_block)
                         y_failed_sectors_2k_bio_unaligned_above_block)
                     (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                         y_failed_sectors_2k_bio_unaligned_above_block
                         x_failed_sectors_2k_bio_unaligned_above_block))
                  (= a!240 a!242)
                  a!244
                  (= a!246 a!248)))
      (a!256 (ite a!255
                  (+ offset
                     (ite (< 0 s_okBytes_sectors_2k_bio_unaligned_above_block)
                          s_okBytes_sectors_2k_bio_unaligned_above_block
                          a!254))
                  fileSize))
      (a!259 (ite (<= a!258 (- offset (mod offset 8192)))
                  (- offset (mod offset 8192))
                  a!258)))
(let ((a!24 (ite (< 0
                    (ite (< 0 s_okBytes_bio_equals_block)
                         s_okBytes_bio_equals_block
                         a!21))
                 a!23
                 fileSize))
      (a!29 (div (- (ite (<= a!27 a!4) a!4 a!27) a!27) 4096))
      (a!52 (ite (< 0
                    (ite (< 0 s_okBytes_bio_smaller_than_block)
                         s_okBytes_bio_smaller_than_block
                         a!49))
                 a!51
                 fileSize))
      (a!75 (ite (< 0
                    (ite (< 0 s_okBytes_bio_unaligned_to_block)
                         s_okBytes_bio_unaligned_to_block
                         a!72))
                 a!74
                 fileSize))
      (a!98 (ite (< 0
                    (ite (< 0 s_okBytes_bio_spans_blocks)
                         s_okBytes_bio_spans_blocks
                         a!95))
                 a!97
                 fileSize))
      (a!122 (ite (< 0
                     (ite (< 0 s_okBytes_sector_equals_block)
                          s_okBytes_sector_equals_block
                          a!119))
                  a!121
                  fileSize))
      (a!147 (ite (< 0
                     (ite (< 0 s_okBytes_large_sectors_and_blocks)
                          s_okBytes_large_sectors_and_blocks
                          a!144))
                  a!146
                  fileSize))
      (a!151 (div (- (ite (<= a!149 a!128) a!128 a!149) a!149) 65536))
      (a!176 (ite (< 0
                     (ite (< 0 s_okBytes_small_blocks)
                          s_okBytes_small_blocks
                          a!173))
                  a!175
                  fileSize))
      (a!180 (div (- (ite (<= a!178 a!157) a!157 a!178) a!178) 1024))
      (a!205 (ite (< 0
                     (ite (< 0 s_okBytes_large_blocks_bio_not_dividing)
                          s_okBytes_large_blocks_bio_not_dividing
                          a!202))
                  a!204
                  fileSize))
      (a!209 (div (- (ite (<= a!207 a!186) a!186 a!207) a!207) 16384))
      (a!232 (ite (< 0
                     (ite (< 0 s_okBytes_sectors_1k_bio_not_dividing)
                          s_okBytes_sectors_1k_bio_not_dividing
                          a!229))
                  a!231
                  fileSize))
      (a!257 (ite (< 0
                     (ite (< 0 s_okBytes_sectors_2k_bio_unaligned_above_block)
                          s_okBytes_sectors_2k_bio_unaligned_above_block
                          a!254))
                  a!256
                  fileSize))
      (a!261 (div (- (ite (<= a!259 a!238) a!238 a!259) a!259) 8192)))
(let ((a!30 (+ a!27 (* (ite (<= a!29 freeBlocks) a!29 freeBlocks) 4096)))
      (a!152 (+ a!149 (* (ite (<= a!151 freeBlocks) a!151 freeBlocks) 65536)))
      (a!181 (+ a!178 (* (ite (<= a!180 freeBlocks) a!180 freeBlocks) 1024)))
      (a!210 (+ a!207 (* (ite (<= a!209 freeBlocks) a!209 freeBlocks) 16384)))
      (a!262 (+ a!259 (* (ite (<= a!261 freeBlocks) a!261 freeBlocks) 8192))))
(let ((a!31 (ite (<= a!27 (ite (<= a!28 a!30) a!28 a!30))
                 (ite (<= a!28 a!30) a!28 a!30)
                 a!27))
      (a!54 (ite (<= a!27 (ite (<= a!53 a!30) a!53 a!30))
                 (ite (<= a!53 a!30) a!53 a!30)
                 a!27))
      (a!77 (ite (<= a!27 (ite (<= a!76 a!30) a!76 a!30))
                 (ite (<= a!76 a!30) a!76 a!30)
                 a!27))
      (a!100 (ite (<= a!27 (ite (<= a!99 a!30) a!99 a!30))
                  (ite (<= a!99 a!30) a!99 a!30)
                  a!27))
      (a!124 (ite (<= a!27 (ite (<= a!123 a!30) a!123 a!30))
                  (ite (<= a!123 a!30) a!123 a!30)
                  a!27))
      (a!153 (ite (<= a!149 (ite (<= a!150 a!152) a!150 a!152))
                  (ite (<= a!150 a!152) a!150 a!152)
                  a!149))
      (a!182 (ite (<= a!178 (ite (<= a!179 a!181) a!179 a!181))
                  (ite (<= a!179 a!181) a!179 a!181)
                  a!178))
      (a!211 (ite (<= a!207 (ite (<= a!208 a!210) a!208 a!210))
                  (ite (<= a!208 a!210) a!208 a!210)
                  a!207))
      (a!234 (ite (<= a!27 (ite (<= a!233 a!30) a!233 a!30))
                  (ite (<= a!233 a!30) a!233 a!30)
                  a!27))
      (a!263 (ite (<= a!259 (ite (<= a!260 a!262) a!260 a!262))
                  (ite (<= a!260 a!262) a!260 a!262)
                  a!259)))
(let ((a!32 (+ (- a!31 (mod a!31 4096)) (ite (= (mod a!31 4096) 0) 0 4096)))
      (a!55 (+ (- a!54 (mod a!54 4096)) (ite (= (mod a!54 4096) 0) 0 4096)))
      (a!78 (+ (- a!77 (mod a!77 4096)) (ite (= (mod a!77 4096) 0) 0 4096)))
      (a!101 (+ (- a!100 (mod a!100 4096)) (ite (= (mod a!100 4096) 0) 0 4096)))
      (a!125 (+ (- a!124 (mod a!124 4096)) (ite (= (mod a!124 4096) 0) 0 4096)))
      (a!154 (+ (- a!153 (mod a!153 65536))
                (ite (= (mod a!153 65536) 0) 0 65536)))
      (a!183 (+ (- a!182 (mod a!182 1024)) (ite (= (mod a!182 1024) 0) 0 1024)))
      (a!212 (+ (- a!211 (mod a!211 16384))
                (ite (= (mod a!211 16384) 0) 0 16384)))
      (a!235 (+ (- a!234 (mod a!234 4096)) (ite (= (mod a!234 4096) 0) 0 4096)))
      (a!264 (+ (- a!263 (mod a!263 8192)) (ite (= (mod a!263 8192) 0) 0 8192))))
(let ((a!33 (and (= (ite (< 0 s_okBytes_bio_equals_block)
                         s_okBytes_bio_equals_block
                         a!21)
                    (ite (< 0 s_okBytes_bio_equals_block)
                         s_okBytes_bio_equals_block
                         a!21))
                 (= a!24 a!24)
                 (= (ite (<= a!32 a!30) a!32 a!30)
                    (ite (<= a!32 a!30) a!32 a!30))))
      (a!56 (and (= (ite (< 0 s_okBytes_bio_smaller_than_block)
                         s_okBytes_bio_smaller_than_block
                         a!49)
                    (ite (< 0 s_okBytes_bio_smaller_than_block)
                         s_okBytes_bio_smaller_than_block
                         a!49))
                 (= a!52 a!52)
                 (= (ite (<= a!55 a!30) a!55 a!30)
                    (ite (<= a!55 a!30) a!55 a!30))))
      (a!79 (and (= (ite (< 0 s_okBytes_bio_unaligned_to_block)
                         s_okBytes_bio_unaligned_to_block
                         a!72)
                    (ite (< 0 s_okBytes_bio_unaligned_to_block)
                         s_okBytes_bio_unaligned_to_block
                         a!72))
                 (= a!75 a!75)
                 (= (ite (<= a!78 a!30) a!78 a!30)
                    (ite (<= a!78 a!30) a!78 a!30))))
      (a!102 (and (= (ite (< 0 s_okBytes_bio_spans_blocks)
                          s_okBytes_bio_spans_blocks
                          a!95)
                     (ite (< 0 s_okBytes_bio_spans_blocks)
                          s_okBytes_bio_spans_blocks
                          a!95))
                  (= a!98 a!98)
                  (= (ite (<= a!101 a!30) a!101 a!30)
                     (ite (<= a!101 a!30) a!101 a!30))))
      (a!126 (and (= (ite (< 0 s_okBytes_sector_equals_block)
                          s_okBytes_sector_equals_block
                          a!119)
                     (ite (< 0 s_okBytes_sector_equals_block)
                          s_okBytes_sector_equals_block
                          a!119))
                  (= a!122 a!122)
                  (= (ite (<= a!125 a!30) a!125 a!30)
                     (ite (<= a!125 a!30) a!125 a!30))))
      (a!155 (and (= (ite (< 0 s_okBytes_large_sectors_and_blocks)
                          s_okBytes_large_sectors_and_blocks
                          a!144)
                     (ite (< 0 s_okBytes_large_sectors_and_blocks)
                          s_okBytes_large_sectors_and_blocks
                          a!144))
                  (= a!147 a!147)
                  (= (ite (<= a!154 a!152) a!154 a!152)
                     (ite (<= a!154 a!152) a!154 a!152))))
      (a!184 (and (= (ite (< 0 s_okBytes_small_blocks)
                          s_okBytes_small_blocks
                          a!173)
                     (ite (< 0 s_okBytes_small_blocks)
                          s_okBytes_small_blocks
                          a!173))
                  (= a!176 a!176)
                  (= (ite (<= a!183 a!181) a!183 a!181)
                     (ite (<= a!183 a!181) a!183 a!181))))
      (a!213 (and (= (ite (< 0 s_okBytes_large_blocks_bio_not_dividing)
                          s_okBytes_large_blocks_bio_not_dividing
                          a!202)
                     (ite (< 0 s_okBytes_large_blocks_bio_not_dividing)
                          s_okBytes_large_blocks_bio_not_dividing
                          a!202))
                  (= a!205 a!205)
                  (= (ite (<= a!212 a!210) a!212 a!210)
                     (ite (<= a!212 a!210) a!212 a!210))))
      (a!236 (and (= (ite (< 0 s_okBytes_sectors_1k_bio_not_dividing)
                          s_okBytes_sectors_1k_bio_not_dividing
                          a!229)
                     (ite (< 0 s_okBytes_sectors_1k_bio_not_dividing)
                          s_okBytes_sectors_1k_bio_not_dividing
                          a!229))
                  (= a!232 a!232)
                  (= (ite (<= a!235 a!30) a!235 a!30)
                     (ite (<= a!235 a!30) a!235 a!30))))
      (a!265 (and (= (ite (< 0 s_okBytes_sectors_2k_bio_unaligned_above_block)
                          s_okBytes_sectors_2k_bio_unaligned_above_block
                          a!254)
                     (ite (< 0 s_okBytes_sectors_2k_bio_unaligned_above_block)
                          s_okBytes_sectors_2k_bio_unaligned_above_block
                          a!254))
                  (= a!257 a!257)
                  (= (ite (<= a!264 a!262) a!264 a!262)
                     (ite (<= a!264 a!262) a!264 a!262)))))
  (or (and a!5 (or (not a!16) a!20 (not a!33)))
      (and a!5 (or (not a!44) a!48 (not a!56)))
      (and a!5 (or (not a!67) a!71 (not a!79)))
      (and a!5 (or (not a!90) a!94 (not a!102)))
      (and a!103
           (<= a!4 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!114) a!118 (not a!126)))
      (and a!103
           (<= a!128 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!139) a!143 (not a!155)))
      (and a!2
           (<= a!157 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!168) a!172 (not a!184)))
      (and a!2
           (<= a!186 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!197) a!201 (not a!213)))
      (and a!1
           (= (mod offset 1024) 0)
           (= (mod length 1024) 0)
           (<= a!4 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!224) a!228 (not a!236)))
      (and a!1
           (= (mod offset 2048) 0)
           (= (mod length 2048) 0)
           (<= a!238 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!249) a!253 (not a!265)))))))))))))
(check-sat)
(reset)
