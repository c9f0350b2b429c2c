; DioVerify proof obligation (dioverify 0.1.0)
; policy:   prefix-keep-blocks
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
      (a!32 (< y_start_bio_smaller_than_block
               (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!34 (< x_start_bio_smaller_than_block
               (ite (and y_failed_bio_smaller_than_block
                         (< y_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    y_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!36 (+ (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))
               (ite (not y_failed_bio_smaller_than_block)
                    (- y_end_bio_smaller_than_block
                       y_start_bio_smaller_than_block)
                    0)))
      (a!38 (< (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               y_end_bio_smaller_than_block))
      (a!40 (< (ite (and (not y_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            y_end_bio_smaller_than_block))
                    y_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               x_end_bio_smaller_than_block))
      (a!43 (= (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)
               (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!44 (= (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))
               (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))))
      (a!45 (= (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)))
      (a!47 (ite (< 0 (- s_lowestFailedStart_bio_smaller_than_block offset))
                 (- s_lowestFailedStart_bio_smaller_than_block offset)
                 (ite (and s_anyFailed_bio_smaller_than_block
                           (= s_lowestFailedStart_bio_smaller_than_block offset))
                      (- 5)
                      (- 28))))
      (a!50 (< y_start_bio_unaligned_to_block
               (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!52 (< x_start_bio_unaligned_to_block
               (ite (and y_failed_bio_unaligned_to_block
                         (< y_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    y_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!54 (+ (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))
               (ite (not y_failed_bio_unaligned_to_block)
                    (- y_end_bio_unaligned_to_block
                       y_start_bio_unaligned_to_block)
                    0)))
      (a!56 (< (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               y_end_bio_unaligned_to_block))
      (a!58 (< (ite (and (not y_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            y_end_bio_unaligned_to_block))
                    y_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               x_end_bio_unaligned_to_block))
      (a!61 (= (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)
               (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!62 (= (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))
               (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))))
      (a!63 (= (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)))
      (a!65 (ite (< 0 (- s_lowestFailedStart_bio_unaligned_to_block offset))
                 (- s_lowestFailedStart_bio_unaligned_to_block offset)
                 (ite (and s_anyFailed_bio_unaligned_to_block
                           (= s_lowestFailedStart_bio_unaligned_to_block offset))
                      (- 5)
                      (- 28))))
      (a!68 (< y_start_bio_spans_blocks
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!70 (< x_start_bio_spans_blocks
               (ite (and y_failed_bio_spans_blocks
                         (< y_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    y_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!72 (+ (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (ite (not y_failed_bio_spans_blocks)
                    (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                    0)))
      (a!74 (< (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               y_end_bio_spans_blocks))
      (a!76 (< (ite (and (not y_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            y_end_bio_spans_blocks))
                    y_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               x_end_bio_spans_blocks))
      (a!79 (= (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!80 (= (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!81 (= (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)))
      (a!83 (ite (< 0 (- s_lowestFailedStart_bio_spans_blocks offset))
                 (- s_lowestFailedStart_bio_spans_blocks offset)
                 (ite (and s_anyFailed_bio_spans_blocks
                           (= s_lowestFailedStart_bio_spans_blocks offset))
                      (- 5)
                      (- 28))))
      (a!87 (< y_start_sector_equals_block
               (ite (and x_failed_sector_equals_block
                         (< x_start_sector_equals_block
                            s_lowestFailedStart_sector_equals_block))
                    x_start_sector_equals_block
                    s_lowestFailedStart_sector_equals_block)))
      (a!89 (< x_start_sector_equals_block
               (ite (and y_failed_sector_equals_block
                         (< y_start_sector_equals_block
                            s_lowestFailedStart_sector_equals_block))
                    y_start_sector_equals_block
                    s_lowestFailedStart_sector_equals_block)))
      (a!91 (+ (+ s_okBytes_sector_equals_block
                  (ite (not x_failed_sector_equals_block)
                       (- x_end_sector_equals_block x_start_sector_equals_block)
                       0))
               (ite (not y_failed_sector_equals_block)
                    (- y_end_sector_equals_block y_start_sector_equals_block)
                    0)))
      (a!93 (< (ite (and (not x_failed_sector_equals_block)
                         (< s_highestOkEnd_sector_equals_block
                            x_end_sector_equals_block))
                    x_end_sector_equals_block
                    s_highestOkEnd_sector_equals_block)
               y_end_sector_equals_block))
      (a!95 (< (ite (and (not y_failed_sector_equals_block)
                         (< s_highestOkEnd_sector_equals_block
                            y_end_sector_equals_block))
                    y_end_sector_equals_block
                    s_highestOkEnd_sector_equals_block)
               x_end_sector_equals_block))
      (a!98 (= (ite (and x_failed_sector_equals_block
                         (< x_start_sector_equals_block
                            s_lowestFailedStart_sector_equals_block))
                    x_start_sector_equals_block
                    s_lowestFailedStart_sector_equals_block)
               (ite (and x_failed_sector_equals_block
                         (< x_start_sector_equals_block
                            s_lowestFailedStart_sector_equals_block))
                    x_start_sector_equals_block
                    s_lowestFailedStart_sector_equals_block)))
      (a!99 (= (+ s_okBytes_sector_equals_block
                  (ite (not x_failed_sector_equals_block)
                       (- x_end_sector_equals_block x_start_sector_equals_block)
                       0))
               (+ s_okBytes_sector_equals_block
                  (ite (not x_failed_sector_equals_block)
                       (- x_end_sector_equals_block x_start_sector_equals_block)
                       0))))
      (a!100 (= (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)
                (ite (and (not x_failed_sector_equals_block)
                          (< s_highestOkEnd_sector_equals_block
                             x_end_sector_equals_block))
                     x_end_sector_equals_block
                     s_highestOkEnd_sector_equals_block)))
      (a!102 (ite (< 0 (- s_lowestFailedStart_sector_equals_block offset))
                  (- s_lowestFailedStart_sector_equals_block offset)
                  (ite (and s_anyFailed_sector_equals_block
                            (= s_lowestFailedStart_sector_equals_block offset))
                       (- 5)
                       (- 28))))
      (a!105 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!107 (< y_start_large_sectors_and_blocks
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!109 (< x_start_large_sectors_and_blocks
                (ite (and y_failed_large_sectors_and_blocks
                          (< y_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     y_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!111 (+ (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (ite (not y_failed_large_sectors_and_blocks)
                     (- y_end_large_sectors_and_blocks
                        y_start_large_sectors_and_blocks)
                     0)))
      (a!113 (< (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                y_end_large_sectors_and_blocks))
      (a!115 (< (ite (and (not y_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             y_end_large_sectors_and_blocks))
                     y_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                x_end_large_sectors_and_blocks))
      (a!118 (= (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!119 (= (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!120 (= (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)))
      (a!122 (ite (< 0 (- s_lowestFailedStart_large_sectors_and_blocks offset))
                  (- s_lowestFailedStart_large_sectors_and_blocks offset)
                  (ite (and s_anyFailed_large_sectors_and_blocks
                            (= s_lowestFailedStart_large_sectors_and_blocks
                               offset))
                       (- 5)
                       (- 28))))
      (a!131 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!133 (< y_start_small_blocks
                (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!135 (< x_start_small_blocks
                (ite (and y_failed_small_blocks
                          (< y_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     y_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!137 (+ (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))
                (ite (not y_failed_small_blocks)
                     (- y_end_small_blocks y_start_small_blocks)
                     0)))
      (a!139 (< (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)
                y_end_small_blocks))
      (a!141 (< (ite (and (not y_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks y_end_small_blocks))
                     y_end_small_blocks
                     s_highestOkEnd_small_blocks)
                x_end_small_blocks))
      (a!144 (= (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)
                (ite (and x_failed_small_blocks
                          (< x_start_small_blocks
                             s_lowestFailedStart_small_blocks))
                     x_start_small_blocks
                     s_lowestFailedStart_small_blocks)))
      (a!145 (= (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))
                (+ s_okBytes_small_blocks
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))))
      (a!146 (= (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)
                (ite (and (not x_failed_small_blocks)
                          (< s_highestOkEnd_small_blocks x_end_small_blocks))
                     x_end_small_blocks
                     s_highestOkEnd_small_blocks)))
      (a!148 (ite (< 0 (- s_lowestFailedStart_small_blocks offset))
                  (- s_lowestFailedStart_small_blocks offset)
                  (ite (and s_anyFailed_small_blocks
                            (= s_lowestFailedStart_small_blocks offset))
                       (- 5)
                       (- 28))))
      (a!157 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!159 (< y_start_large_blocks_bio_not_dividing
                (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!161 (< x_start_large_blocks_bio_not_dividing
                (ite (and y_failed_large_blocks_bio_not_dividing
                          (< y_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     y_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!163 (+ (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))
                (ite (not y_failed_large_blocks_bio_not_dividing)
                     (- y_end_large_blocks_bio_not_dividing
                        y_start_large_blocks_bio_not_dividing)
                     0)))
      (a!165 (< (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                y_end_large_blocks_bio_not_dividing))
      (a!167 (< (ite (and (not y_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             y_end_large_blocks_bio_not_dividing))
                     y_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                x_end_large_blocks_bio_not_dividing))
      (a!170 (= (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)
                (ite (and x_failed_large_blocks_bio_not_dividing
                          (< x_start_large_blocks_bio_not_dividing
                             s_lowestFailedStart_large_blocks_bio_not_dividing))
                     x_start_large_blocks_bio_not_dividing
                     s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!171 (= (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))
                (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))))
      (a!172 (= (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)
                (ite (and (not x_failed_large_blocks_bio_not_dividing)
                          (< s_highestOkEnd_large_blocks_bio_not_dividing
                             x_end_large_blocks_bio_not_dividing))
                     x_end_large_blocks_bio_not_dividing
                     s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!174 (ite (< 0
                     (- s_lowestFailedStart_large_blocks_bio_not_dividing
                        offset))
                  (- s_lowestFailedStart_large_blocks_bio_not_dividing offset)
                  (ite (and s_anyFailed_large_blocks_bio_not_dividing
                            (= s_lowestFailedStart_large_blocks_bio_not_dividing
                               offset))
                       (- 5)
                       (- 28))))
      (a!183 (< y_start_sectors_1k_bio_not_dividing
                (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!185 (< x_start_sectors_1k_bio_not_dividing
                (ite (and y_failed_sectors_1k_bio_not_dividing
                          (< y_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     y_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!187 (+ (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))
                (ite (not y_failed_sectors_1k_bio_not_dividing)
                     (- y_end_sectors_1k_bio_not_dividing
                        y_start_sectors_1k_bio_not_dividing)
                     0)))
      (a!189 (< (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                y_end_sectors_1k_bio_not_dividing))
      (a!191 (< (ite (and (not y_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             y_end_sectors_1k_bio_not_dividing))
                     y_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                x_end_sectors_1k_bio_not_dividing))
      (a!194 (= (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)
                (ite (and x_failed_sectors_1k_bio_not_dividing
                          (< x_start_sectors_1k_bio_not_dividing
                             s_lowestFailedStart_sectors_1k_bio_not_dividing))
                     x_start_sectors_1k_bio_not_dividing
                     s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!195 (= (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))
                (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))))
      (a!196 (= (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)
                (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                          (< s_highestOkEnd_sectors_1k_bio_not_dividing
                             x_end_sectors_1k_bio_not_dividing))
                     x_end_sectors_1k_bio_not_dividing
                     s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!198 (ite (< 0
                     (- s_lowestFailedStart_sectors_1k_bio_not_dividing offset))
                  (- s_lowestFailedStart_sectors_1k_bio_not_dividing offset)
                  (ite (and s_anyFailed_sectors_1k_bio_not_dividing
                            (= s_lowestFailedStart_sectors_1k_bio_not_dividing
                               offset))
                       (- 5)
                       (- 28))))
      (a!201 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!203 (< y_start_sectors_2k_bio_unaligned_above_block
                (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!205 (< x_start_sectors_2k_bio_unaligned_above_block
                (ite (and y_failed_sectors_2k_bio_unaligned_above_block
                          (< y_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     y_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!207 (+ (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))
                (ite (not y_failed_sectors_2k_bio_unaligned_above_block)
                     (- y_end_sectors_2k_bio_unaligned_above_block
                        y_start_sectors_2k_bio_unaligned_above_block)
                     0)))
      (a!209 (< (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                y_end_sectors_2k_bio_unaligned_above_block))
      (a!211 (< (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             y_end_sectors_2k_bio_unaligned_above_block))
                     y_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                x_end_sectors_2k_bio_unaligned_above_block))
      (a!214 (= (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)
                (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                          (< x_start_sectors_2k_bio_unaligned_above_block
                             s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                     x_start_sectors_2k_bio_unaligned_above_block
                     s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!215 (= (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))
                (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))))
      (a!216 (= (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)
                (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                          (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                             x_end_sectors_2k_bio_unaligned_above_block))
                     x_end_sectors_2k_bio_unaligned_above_block
                     s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!218 (ite (< 0
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
      (a!33 (ite (and y_failed_bio_smaller_than_block a!32)
                 y_start_bio_smaller_than_block
                 (ite (and x_failed_bio_smaller_than_block
                           (< x_start_bio_smaller_than_block
                              s_lowestFailedStart_bio_smaller_than_block))
                      x_start_bio_smaller_than_block
                      s_lowestFailedStart_bio_smaller_than_block)))
      (a!35 (ite (and x_failed_bio_smaller_than_block a!34)
                 x_start_bio_smaller_than_block
                 (ite (and y_failed_bio_smaller_than_block
                           (< y_start_bio_smaller_than_block
                              s_lowestFailedStart_bio_smaller_than_block))
                      y_start_bio_smaller_than_block
                      s_lowestFailedStart_bio_smaller_than_block)))
      (a!37 (= a!36
               (+ s_okBytes_bio_smaller_than_block
                  (ite (not y_failed_bio_smaller_than_block)
                       (- y_end_bio_smaller_than_block
                          y_start_bio_smaller_than_block)
                       0)
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))))
      (a!39 (ite (and (not y_failed_bio_smaller_than_block) a!38)
                 y_end_bio_smaller_than_block
                 (ite (and (not x_failed_bio_smaller_than_block)
                           (< s_highestOkEnd_bio_smaller_than_block
                              x_end_bio_smaller_than_block))
                      x_end_bio_smaller_than_block
                      s_highestOkEnd_bio_smaller_than_block)))
      (a!41 (ite (and (not x_failed_bio_smaller_than_block) a!40)
                 x_end_bio_smaller_than_block
                 (ite (and (not y_failed_bio_smaller_than_block)
                           (< s_highestOkEnd_bio_smaller_than_block
                              y_end_bio_smaller_than_block))
                      y_end_bio_smaller_than_block
                      s_highestOkEnd_bio_smaller_than_block)))
      (a!46 (not (and (= (or s_anyFailed_bio_smaller_than_block
                             x_failed_bio_smaller_than_block)
                         (or s_anyFailed_bio_smaller_than_block
                             x_failed_bio_smaller_than_block))
                      a!43
                      a!44
                      a!45)))
      (a!48 (ite (< 0 a!47)
                 (ite (<= fileSize (+ offset a!47)) (+ offset a!47) fileSize)
                 fileSize))
      (a!51 (ite (and y_failed_bio_unaligned_to_block a!50)
                 y_start_bio_unaligned_to_block
                 (ite (and x_failed_bio_unaligned_to_block
                           (< x_start_bio_unaligned_to_block
                              s_lowestFailedStart_bio_unaligned_to_block))
                      x_start_bio_unaligned_to_block
                      s_lowestFailedStart_bio_unaligned_to_block)))
      (a!53 (ite (and x_failed_bio_unaligned_to_block a!52)
                 x_start_bio_unaligned_to_block
                 (ite (and y_failed_bio_unaligned_to_block
                           (< y_start_bio_unaligned_to_block
                              s_lowestFailedStart_bio_unaligned_to_block))
                      y_start_bio_unaligned_to_block
                      s_lowestFailedStart_bio_unaligned_to_block)))
      (a!55 (= a!54
               (+ s_okBytes_bio_unaligned_to_block
                  (ite (not y_failed_bio_unaligned_to_block)
                       (- y_end_bio_unaligned_to_block
                          y_start_bio_unaligned_to_block)
                       0)
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))))
      (a!57 (ite (and (not y_failed_bio_unaligned_to_block) a!56)
                 y_end_bio_unaligned_to_block
                 (ite (and (not x_failed_bio_unaligned_to_block)
                           (< s_highestOkEnd_bio_unaligned_to_block
                              x_end_bio_unaligned_to_block))
                      x_end_bio_unaligned_to_block
                      s_highestOkEnd_bio_unaligned_to_block)))
      (a!59 (ite (and (not x_failed_bio_unaligned_to_block) a!58)
                 x_end_bio_unaligned_to_block
                 (ite (and (not y_failed_bio_unaligned_to_block)
                           (< s_highestOkEnd_bio_unaligned_to_block
                              y_end_bio_unaligned_to_block))
                      y_end_bio_unaligned_to_block
                      s_highestOkEnd_bio_unaligned_to_block)))
      (a!64 (not (and (= (or s_anyFailed_bio_unaligned_to_block
                             x_failed_bio_unaligned_to_block)
                         (or s_anyFailed_bio_unaligned_to_block
                             x_failed_bio_unaligned_to_block))
                      a!61
                      a!62
                      a!63)))
      (a!66 (ite (< 0 a!65)
                 (ite (<= fileSize (+ offset a!65)) (+ offset a!65) fileSize)
                 fileSize))
      (a!69 (ite (and y_failed_bio_spans_blocks a!68)
                 y_start_bio_spans_blocks
                 (ite (and x_failed_bio_spans_blocks
                           (< x_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      x_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!71 (ite (and x_failed_bio_spans_blocks a!70)
                 x_start_bio_spans_blocks
                 (ite (and y_failed_bio_spans_blocks
                           (< y_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      y_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!73 (= a!72
               (+ s_okBytes_bio_spans_blocks
                  (ite (not y_failed_bio_spans_blocks)
                       (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                       0)
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!75 (ite (and (not y_failed_bio_spans_blocks) a!74)
                 y_end_bio_spans_blocks
                 (ite (and (not x_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              x_end_bio_spans_blocks))
                      x_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!77 (ite (and (not x_failed_bio_spans_blocks) a!76)
                 x_end_bio_spans_blocks
                 (ite (and (not y_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              y_end_bio_spans_blocks))
                      y_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!82 (not (and (= (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks)
                         (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks))
                      a!79
                      a!80
                      a!81)))
      (a!84 (ite (< 0 a!83)
                 (ite (<= fileSize (+ offset a!83)) (+ offset a!83) fileSize)
                 fileSize))
      (a!86 (and a!1 (= (mod offset 4096) 0) (= (mod length 4096) 0)))
      (a!88 (ite (and y_failed_sector_equals_block a!87)
                 y_start_sector_equals_block
                 (ite (and x_failed_sector_equals_block
                           (< x_start_sector_equals_block
                              s_lowestFailedStart_sector_equals_block))
                      x_start_sector_equals_block
                      s_lowestFailedStart_sector_equals_block)))
      (a!90 (ite (and x_failed_sector_equals_block a!89)
                 x_start_sector_equals_block
                 (ite (and y_failed_sector_equals_block
                           (< y_start_sector_equals_block
                              s_lowestFailedStart_sector_equals_block))
                      y_start_sector_equals_block
                      s_lowestFailedStart_sector_equals_block)))
      (a!92 (= a!91
               (+ s_okBytes_sector_equals_block
                  (ite (not y_failed_sector_equals_block)
                       (- y_end_sector_equals_block y_start_sector_equals_block)
                       0)
                  (ite (not x_failed_sector_equals_block)
                       (- x_end_sector_equals_block x_start_sector_equals_block)
                       0))))
      (a!94 (ite (and (not y_failed_sector_equals_block) a!93)
                 y_end_sector_equals_block
                 (ite (and (not x_failed_sector_equals_block)
                           (< s_highestOkEnd_sector_equals_block
                              x_end_sector_equals_block))
                      x_end_sector_equals_block
                      s_highestOkEnd_sector_equals_block)))
      (a!96 (ite (and (not x_failed_sector_equals_block) a!95)
                 x_end_sector_equals_block
                 (ite (and (not y_failed_sector_equals_block)
                           (< s_highestOkEnd_sector_equals_block
                              y_end_sector_equals_block))
                      y_end_sector_equals_block
                      s_highestOkEnd_sector_equals_block)))
      (a!101 (not (and (= (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block)
                          (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block))
                       a!98
                       a!99
                       a!100)))
      (a!103 (ite (< 0 a!102)
                  (ite (<= fileSize (+ offset a!102)) (+ offset a!102) fileSize)
                  fileSize))
      (a!106 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!105))
      (a!108 (ite (and y_failed_large_sectors_and_blocks a!107)
                  y_start_large_sectors_and_blocks
                  (ite (and x_failed_large_sectors_and_blocks
                            (< x_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       x_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!110 (ite (and x_failed_large_sectors_and_blocks a!109)
                  x_start_large_sectors_and_blocks
                  (ite (and y_failed_large_sectors_and_blocks
                            (< y_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       y_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!112 (= a!111
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not y_failed_large_sectors_and_blocks)
                        (- y_end_large_sectors_and_blocks
                           y_start_large_sectors_and_blocks)
                        0)
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!114 (ite (and (not y_failed_large_sectors_and_blocks) a!113)
                  y_end_large_sectors_and_blocks
                  (ite (and (not x_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               x_end_large_sectors_and_blocks))
                       x_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!116 (ite (and (not x_failed_large_sectors_and_blocks) a!115)
                  x_end_large_sectors_and_blocks
                  (ite (and (not y_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               y_end_large_sectors_and_blocks))
                       y_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!121 (not (and (= (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks)
                          (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks))
                       a!118
                       a!119
                       a!120)))
      (a!123 (ite (< 0 a!122)
                  (ite (<= fileSize (+ offset a!122)) (+ offset a!122) fileSize)
                  fileSize))
      (a!124 (+ (- a!23 (mod a!23 65536)) (ite (= (mod a!23 65536) 0) 0 65536)))
      (a!132 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!131))
      (a!134 (ite (and y_failed_small_blocks a!133)
                  y_start_small_blocks
                  (ite (and x_failed_small_blocks
                            (< x_start_small_blocks
                               s_lowestFailedStart_small_blocks))
                       x_start_small_blocks
                       s_lowestFailedStart_small_blocks)))
      (a!136 (ite (and x_failed_small_blocks a!135)
                  x_start_small_blocks
                  (ite (and y_failed_small_blocks
                            (< y_start_small_blocks
                               s_lowestFailedStart_small_blocks))
                       y_start_small_blocks
                       s_lowestFailedStart_small_blocks)))
      (a!138 (= a!137
                (+ s_okBytes_small_blocks
                   (ite (not y_failed_small_blocks)
                        (- y_end_small_blocks y_start_small_blocks)
                        0)
                   (ite (not x_failed_small_blocks)
                        (- x_end_small_blocks x_start_small_blocks)
                        0))))
      (a!140 (ite (and (not y_failed_small_blocks) a!139)
                  y_end_small_blocks
                  (ite (and (not x_failed_small_blocks)
                            (< s_highestOkEnd_small_blocks x_end_small_blocks))
                       x_end_small_blocks
                       s_highestOkEnd_small_blocks)))
      (a!142 (ite (and (not x_failed_small_blocks) a!141)
                  x_end_small_blocks
                  (ite (and (not y_failed_small_blocks)
                            (< s_highestOkEnd_small_blocks y_end_small_blocks))
                       y_end_small_blocks
                       s_highestOkEnd_small_blocks)))
      (a!147 (not (and (= (or s_anyFailed_small_blocks x_failed_small_blocks)
                          (or s_anyFailed_small_blocks x_failed_small_blocks))
                       a!144
                       a!145
                       a!146)))
      (a!149 (ite (< 0 a!148)
                  (ite (<= fileSize (+ offset a!148)) (+ offset a!148) fileSize)
                  fileSize))
      (a!150 (+ (- a!23 (mod a!23 1024)) (ite (= (mod a!23 1024) 0) 0 1024)))
      (a!158 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!157))
      (a!160 (ite (and y_failed_large_blocks_bio_not_dividing a!159)
                  y_start_large_blocks_bio_not_dividing
                  (ite (and x_failed_large_blocks_bio_not_dividing
                            (< x_start_large_blocks_bio_not_dividing
                               s_lowestFailedStart_large_blocks_bio_not_dividing))
                       x_start_large_blocks_bio_not_dividing
                       s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!162 (ite (and x_failed_large_blocks_bio_not_dividing a!161)
                  x_start_large_blocks_bio_not_dividing
                  (ite (and y_failed_large_blocks_bio_not_dividing
                            (< y_start_large_blocks_bio_not_dividing
                               s_lowestFailedStart_large_blocks_bio_not_dividing))
                       y_start_large_blocks_bio_not_dividing
                       s_lowestFailedStart_large_blocks_bio_not_dividing)))
      (a!164 (= a!163
                (+ s_okBytes_large_blocks_bio_not_dividing
                   (ite (not y_failed_large_blocks_bio_not_dividing)
                        (- y_end_large_blocks_bio_not_dividing
                           y_start_large_blocks_bio_not_dividing)
                        0)
                   (ite (not x_failed_large_blocks_bio_not_dividing)
                        (- x_end_large_blocks_bio_not_dividing
                           x_start_large_blocks_bio_not_dividing)
                        0))))
      (a!166 (ite (and (not y_failed_large_blocks_bio_not_dividing) a!165)
                  y_end_large_blocks_bio_not_dividing
                  (ite (and (not x_failed_large_blocks_bio_not_dividing)
                            (< s_highestOkEnd_large_blocks_bio_not_dividing
                               x_end_large_blocks_bio_not_dividing))
                       x_end_large_blocks_bio_not_dividing
                       s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!168 (ite (and (not x_failed_large_blocks_bio_not_dividing) a!167)
                  x_end_large_blocks_bio_not_dividing
                  (ite (and (not y_failed_large_blocks_bio_not_dividing)
                            (< s_highestOkEnd_large_blocks_bio_not_dividing
                               y_end_large_blocks_bio_not_dividing))
                       y_end_large_blocks_bio_not_dividing
                       s_highestOkEnd_large_blocks_bio_not_dividing)))
      (a!173 (not (and (= (or s_anyFailed_large_blocks_bio_not_dividing
                              x_failed_large_blocks_bio_not_dividing)
                          (or s_anyFailed_large_blocks_bio_not_dividing
                              x_failed_large_blocks_bio_not_dividing))
                       a!170
                       a!171
                       a!172)))
      (a!175 (ite (< 0 a!174)
                  (ite (<= fileSize (+ offset a!174)) (+ offset a!174) fileSize)
                  fileSize))
      (a!176 (+ (- a!23 (mod a!23 16384)) (ite (= (mod a!23 16384) 0) 0 16384)))
      (a!184 (ite (and y_failed_sectors_1k_bio_not_dividing a!183)
                  y_start_sectors_1k_bio_not_dividing
                  (ite (and x_failed_sectors_1k_bio_not_dividing
                            (< x_start_sectors_1k_bio_not_dividing
                               s_lowestFailedStart_sectors_1k_bio_not_dividing))
                       x_start_sectors_1k_bio_not_dividing
                       s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!186 (ite (and x_failed_sectors_1k_bio_not_dividing a!185)
                  x_start_sectors_1k_bio_not_dividing
                  (ite (and y_failed_sectors_1k_bio_not_dividing
                            (< y_start_sectors_1k_bio_not_dividing
                               s_lowestFailedStart_sectors_1k_bio_not_dividing))
                       y_start_sectors_1k_bio_not_dividing
                       s_lowestFailedStart_sectors_1k_bio_not_dividing)))
      (a!188 (= a!187
                (+ s_okBytes_sectors_1k_bio_not_dividing
                   (ite (not y_failed_sectors_1k_bio_not_dividing)
                        (- y_end_sectors_1k_bio_not_dividing
                           y_start_sectors_1k_bio_not_dividing)
                        0)
                   (ite (not x_failed_sectors_1k_bio_not_dividing)
                        (- x_end_sectors_1k_bio_not_dividing
                           x_start_sectors_1k_bio_not_dividing)
                        0))))
      (a!190 (ite (and (not y_failed_sectors_1k_bio_not_dividing) a!189)
                  y_end_sectors_1k_bio_not_dividing
                  (ite (and (not x_failed_sectors_1k_bio_not_dividing)
                            (< s_highestOkEnd_sectors_1k_bio_not_dividing
                               x_end_sectors_1k_bio_not_dividing))
                       x_end_sectors_1k_bio_not_dividing
                       s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!192 (ite (and (not x_failed_sectors_1k_bio_not_dividing) a!191)
                  x_end_sectors_1k_bio_not_dividing
                  (ite (and (not y_failed_sectors_1k_bio_not_dividing)
                            (< s_highestOkEnd_sectors_1k_bio_not_dividing
                               y_end_sectors_1k_bio_not_dividing))
                       y_end_sectors_1k_bio_not_dividing
                       s_highestOkEnd_sectors_1k_bio_not_dividing)))
      (a!197 (not (and (= (or s_anyFailed_sectors_1k_bio_not_dividing
                              x_failed_sectors_1k_bio_not_dividing)
                          (or s_anyFailed_sectors_1k_bio_not_dividing
                              x_failed_sectors_1k_bio_not_dividing))
                       a!194
                       a!195
                       a!196)))
      (a!199 (ite (< 0 a!198)
                  (ite (<= fileSize (+ offset a!198)) (+ offset a!198) fileSize)
                  fileSize))
      (a!202 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!201))
      (a!204 (ite (and y_failed_sectors_2k_bio_unaligned_above_block a!203)
                  y_start_sectors_2k_bio_unaligned_above_block
                  (ite (and x_failed_sectors_2k_bio_unaligned_above_block
                            (< x_start_sectors_2k_bio_unaligned_above_block
                               s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                       x_start_sectors_2k_bio_unaligned_above_block
                       s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!206 (ite (and x_failed_sectors_2k_bio_unaligned_above_block a!205)
                  x_start_sectors_2k_bio_unaligned_above_block
                  (ite (and y_failed_sectors_2k_bio_unaligned_above_block
                            (< y_start_sectors_2k_bio_unaligned_above_block
                               s_lowestFailedStart_sectors_2k_bio_unaligned_above_block))
                       y_start_sectors_2k_bio_unaligned_above_block
                       s_lowestFailedStart_sectors_2k_bio_unaligned_above_block)))
      (a!208 (= a!207
                (+ s_okBytes_sectors_2k_bio_unaligned_above_block
                   (ite (not y_failed_sectors_2k_bio_unaligned_above_block)
                        (- y_end_sectors_2k_bio_unaligned_above_block
                           y_start_sectors_2k_bio_unaligned_above_block)
                        0)
                   (ite (not x_failed_sectors_2k_bio_unaligned_above_block)
                        (- x_end_sectors_2k_bio_unaligned_above_block
                           x_start_sectors_2k_bio_unaligned_above_block)
                        0))))
      (a!210 (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                       a!209)
                  y_end_sectors_2k_bio_unaligned_above_block
                  (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                            (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                               x_end_sectors_2k_bio_unaligned_above_block))
                       x_end_sectors_2k_bio_unaligned_above_block
                       s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!212 (ite (and (not x_failed_sectors_2k_bio_unaligned_above_block)
                       a!211)
                  x_end_sectors_2k_bio_unaligned_above_block
                  (ite (and (not y_failed_sectors_2k_bio_unaligned_above_block)
                            (< s_highestOkEnd_sectors_2k_bio_unaligned_above_block
                               y_end_sectors_2k_bio_unaligned_above_block))
                       y_end_sectors_2k_bio_unaligned_above_block
                       s_highestOkEnd_sectors_2k_bio_unaligned_above_block)))
      (a!217 (not (and (= (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                              x_failed_sectors_2k_bio_unaligned_above_block)
                          (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                              x_failed_sectors_2k_bio_unaligned_above_block))
                       a!214
                       a!215
                       a!216)))
      (a!219 (ite (< 0 a!218)
                  (ite (<= fileSize (+ offset a!218)) (+ offset a!218) fileSize)
                  fileSize))
      (a!220 (+ (- a!23 (mod a!23 8192)) (ite (= (mod a!23 8192) 0) 0 8192))))
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
      (a!42 (and (= (or (or s_anyFailed_bio_smaller_than_block
                            x_failed_bio_smaller_than_block)
                        y_failed_bio_smaller_than_block)
                    (or s_anyFailed_bio_smaller_than_block
                        y_failed_bio_smaller_than_block
                        x_failed_bio_smaller_than_block))
                 (= a!33 a!35)
                 a!37
                 (= a!39 a!41)))
      (a!60 (and (= (or (or s_anyFailed_bio_unaligned_to_block
                            x_failed_bio_unaligned_to_block)
                        y_failed_bio_unaligned_to_block)
                    (or s_anyFailed_bio_unaligned_to_block
                        y_failed_bio_unaligned_to_block
                        x_failed_bio_unaligned_to_block))
                 (= a!51 a!53)
                 a!55
                 (= a!57 a!59)))
      (a!78 (and (= (or (or s_anyFailed_bio_spans_blocks
                            x_failed_bio_spans_blocks)
                        y_failed_bio_spans_blocks)
                    (or s_anyFailed_bio_spans_blocks
                        y_failed_bio_spans_blocks
                        x_failed_bio_spans_blocks))
                 (= a!69 a!71)
                 a!73
                 (= a!75 a!77)))
      (a!97 (and (= (or (or s_anyFailed_sector_equals_block
                            x_failed_sector_equals_block)
                        y_failed_sector_equals_block)
                    (or s_anyFailed_sector_equals_block
                        y_failed_sector_equals_block
                        x_failed_sector_equals_block))
                 (= a!88 a!90)
                 a!92
                 (= a!94 a!96)))
      (a!117 (and (= (or (or s_anyFailed_large_sectors_and_blocks
                             x_failed_large_sectors_and_blocks)
                         y_failed_large_sectors_and_blocks)
                     (or s_anyFailed_large_sectors_and_blocks
                         y_failed_large_sectors_and_blocks
                         x_failed_large_sectors_and_blocks))
                  (= a!108 a!110)
                  a!112
                  (= a!114 a!116)))
      (a!125 (ite (<= a!124 (- offset (mod offset 65536)))
                  (- offset (mod offset 65536))
                  a!124))
      (a!143 (and (= (or (or s_anyFailed_small_blocks x_failed_small_blocks)
                         y_failed_small_blocks)
                     (or s_anyFailed_small_blocks
                         y_failed_small_blocks
                         x_failed_small_blocks))
                  (= a!134 a!136)
                  a!138
                  (= a!140 a!142)))
      (a!151 (ite (<= a!150 (- offset (mod offset 1024)))
                  (- offset (mod offset 1024))
                  a!150))
      (a!169 (and (= (or (or s_anyFailed_large_blocks_bio_not_dividing
                             x_failed_large_blocks_bio_not_dividing)
                         y_failed_large_blocks_bio_not_dividing)
                     (or s_anyFailed_large_blocks_bio_not_dividing
                         y_failed_large_blocks_bio_not_dividing
                         x_failed_large_blocks_bio_not_dividing))
                  (= a!160 a!162)
                  a!164
                  (= a!166 a!168)))
      (a!177 (ite (<= a!176 (- offset (mod offset 16384)))
                  (- offset (mod offset 16384))
                  a!176))
      (a!193 (and (= (or (or s_anyFailed_sectors_1k_bio_not_dividing
                             x_failed_sectors_1k_bio_not_dividing)
                         y_failed_sectors_1k_bio_not_dividing)
                     (or s_anyFailed_sectors_1k_bio_not_dividing
                         y_failed_sectors_1k_bio_not_dividing
                         x_failed_sectors_1k_bio_not_dividing))
                  (= a!184 a!186)
                  a!188
                  (= a!190 a!192)))
      (a!213 (and (= (or (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                             x_failed_sectors_2k_bio_unaligned_above_block)
                         y_failed_sectors_2k_bio_unaligned_above_block)
                     (or s_anyFailed_sectors_2k_bio_unaligned_above_block
                         y_failed_sectors_2k_bio_unaligned_above_block
                         x_failed_sectors_2k_bio_unaligned_above_block))
                  (= a!204 a!206)
                  a!208
                  (= a!210 a!212)))
      (a!221 (ite (<= a!220 (- offset (mod offset 8192)))
                  (- offset (mod offset 8192))
                  a!220)))
(let ((a!26 (div (- (ite (<= a!25 a!4) a!4 a!25) a!25) 4096))
      (a!126 (div (- (ite (<= a!125 a!106) a!106 a!125) a!125) 65536))
      (a!152 (div (- (ite (<= a!151 a!132) a!132 a!151) a!151) 1024))
      (a!178 (div (- (ite (<= a!177 a!158) a!158 a!177) a!177) 16384))
      (a!222 (div (- (ite (<= a!221 a!202) a!202 a!221) a!221) 8192)))
(let ((a!27 (+ a!25 (* (ite (<= a!26 freeBlocks) a!26 freeBlocks) 4096)))
      (a!127 (+ a!125 (* (ite (<= a!126 freeBlocks) a!126 freeBlocks) 65536)))
      (a!153 (+ a!151 (* (ite (<= a!152 freeBlocks) a!152 freeBlocks) 1024)))
      (a!179 (+ a!177 (* (ite (<= a!178 freeBlocks) a!178 freeBlocks) 16384)))
      (a!223 (+ a!221 (* (ite (<= a!222 freeBlocks) a!222 freeBlocks) 8192))))
(let ((a!28 (ite (<= a!25 (ite (<= a!27 a!27) a!27 a!27))
                 (ite (<= a!27 a!27) a!27 a!27)
                 a!25))
      (a!128 (ite (<= a!125 (ite (<= a!127 a!127) a!127 a!127))
                  (ite (<= a!127 a!127) a!127 a!127)
                  a!125))
      (a!154 (ite (<= a!151 (ite (<= a!153 a!153) a!153 a!153))
                  (ite (<= a!153 a!153) a!153 a!153)
                  a!151))
      (a!180 (ite (<= a!177 (ite (<= a!179 a!179) a!179 a!179))
                  (ite (<= a!179 a!179) a!179 a!179)
                  a!177))
      (a!224 (ite (<= a!221 (ite (<= a!223 a!223) a!223 a!223))
                  (ite (<= a!223 a!223) a!223 a!223)
                  a!221)))
(let ((a!29 (+ (- a!28 (mod a!28 4096)) (ite (= (mod a!28 4096) 0) 0 4096)))
      (a!129 (+ (- a!128 (mod a!128 65536))
                (ite (= (mod a!128 65536) 0) 0 65536)))
      (a!155 (+ (- a!154 (mod a!154 1024)) (ite (= (mod a!154 1024) 0) 0 1024)))
      (a!181 (+ (- a!180 (mod a!180 16384))
                (ite (= (mod a!180 16384) 0) 0 16384)))
      (a!225 (+ (- a!224 (mod a!224 8192)) (ite (= (mod a!224 8192) 0) 0 8192))))
(let ((a!30 (= (ite (<= a!29 a!27) a!29 a!27) (ite (<= a!29 a!27) a!29 a!27)))
      (a!130 (and (= a!122 a!122)
                  (= a!123 a!123)
                  (= (ite (<= a!129 a!127) a!129 a!127)
                     (ite (<= a!129 a!127) a!129 a!127))))
      (a!156 (and (= a!148 a!148)
                  (= a!149 a!149)
                  (= (ite (<= a!155 a!153) a!155 a!153)
                     (ite (<= a!155 a!153) a!155 a!153))))
      (a!182 (and (= a!174 a!174)
                  (= a!175 a!175)
                  (= (ite (<= a!181 a!179) a!181 a!179)
                     (ite (<= a!181 a!179) a!181 a!179))))
      (a!226 (and (= a!218 a!218)
                  (= a!219 a!219)
                  (= (ite (<= a!225 a!223) a!225 a!223)
                     (ite (<= a!225 a!223) a!225 a!223)))))
(let ((a!31 (or (not a!16) a!20 (not (and (= a!21 a!21) (= a!22 a!22) a!30))))
      (a!49 (or (not a!42) a!46 (not (and (= a!47 a!47) (= a!48 a!48) a!30))))
      (a!67 (or (not a!60) a!64 (not (and (= a!65 a!65) (= a!66 a!66) a!30))))
      (a!85 (or (not a!78) a!82 (not (and (= a!83 a!83) (= a!84 a!84) a!30))))
      (a!104 (or (not a!97)
                 a!101
                 (not (and (= a!102 a!102) (= a!103 a!103) a!30))))
      (a!200 (or (not a!193)
                 a!197
                 (not (and (= a!198 a!198) (= a!199 a!199) a!30)))))
  (or (and a!5 a!31)
      (and a!5 a!49)
      (and a!5 a!67)
      (and a!5 a!85)
      (and a!86
           (<= a!4 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           a!104)
      (and a!86
           (<= a!106 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!117) a!121 (not a!130)))
      (and a!2
           (<= a!132 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!143) a!147 (not a!156)))
      (and a!2
           (<= a!158 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!169) a!173 (not a!182)))
      (and a!1
           (= (mod offset 1024) 0)
           (= (mod length 1024) 0)
           (<= a!4 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           a!200)
      (and a!1
           (= (mod offset 2048) 0)
           (= (mod length 2048) 0)
           (<= a!202 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!213) a!217 (not a!226))))))))))))))
(check-sat)
(reset)
