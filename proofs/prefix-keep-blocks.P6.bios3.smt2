; DioVerify proof obligation (dioverify 0.1.0)
; policy:   prefix-keep-blocks
; property: P6 order-independence: R, newSize and the kept blocks are the same for every arrival order of the same outcomes
; bound:    bios<=3
; method:   induction-over-arrivals: induction over arrivals: completions commute on everything finish reads (every bound)
; geometry: bio-equals-block (S=512, B=4096, M=4096), bio-smaller-than-block (S=512, B=4096, M=1024), bio-unaligned-to-block (S=512, B=4096, M=6144), bio-spans-blocks (S=512, B=4096, M=16384), sector-equals-block (S=4096, B=4096, M=8192), large-sectors-and-blocks (S=4096, B=65536, M=16384)
; 1 queries; any sat is a counterexample (the rest need not be solved), all unsat means the property holds.
; case: order lemma over every geometry
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
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
      (a!2 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!5 (< y_start_bio_equals_block
              (ite (and x_failed_bio_equals_block
                        (< x_start_bio_equals_block
                           s_lowestFailedStart_bio_equals_block))
                   x_start_bio_equals_block
                   s_lowestFailedStart_bio_equals_block)))
      (a!7 (< x_start_bio_equals_block
              (ite (and y_failed_bio_equals_block
                        (< y_start_bio_equals_block
                           s_lowestFailedStart_bio_equals_block))
                   y_start_bio_equals_block
                   s_lowestFailedStart_bio_equals_block)))
      (a!9 (+ (+ s_okBytes_bio_equals_block
                 (ite (not x_failed_bio_equals_block)
                      (- x_end_bio_equals_block x_start_bio_equals_block)
                      0))
              (ite (not y_failed_bio_equals_block)
                   (- y_end_bio_equals_block y_start_bio_equals_block)
                   0)))
      (a!11 (< (ite (and (not x_failed_bio_equals_block)
                         (< s_highestOkEnd_bio_equals_block
                            x_end_bio_equals_block))
                    x_end_bio_equals_block
                    s_highestOkEnd_bio_equals_block)
               y_end_bio_equals_block))
      (a!13 (< (ite (and (not y_failed_bio_equals_block)
                         (< s_highestOkEnd_bio_equals_block
                            y_end_bio_equals_block))
                    y_end_bio_equals_block
                    s_highestOkEnd_bio_equals_block)
               x_end_bio_equals_block))
      (a!16 (= (ite (and x_failed_bio_equals_block
                         (< x_start_bio_equals_block
                            s_lowestFailedStart_bio_equals_block))
                    x_start_bio_equals_block
                    s_lowestFailedStart_bio_equals_block)
               (ite (and x_failed_bio_equals_block
                         (< x_start_bio_equals_block
                            s_lowestFailedStart_bio_equals_block))
                    x_start_bio_equals_block
                    s_lowestFailedStart_bio_equals_block)))
      (a!17 (= (+ s_okBytes_bio_equals_block
                  (ite (not x_failed_bio_equals_block)
                       (- x_end_bio_equals_block x_start_bio_equals_block)
                       0))
               (+ s_okBytes_bio_equals_block
                  (ite (not x_failed_bio_equals_block)
                       (- x_end_bio_equals_block x_start_bio_equals_block)
                       0))))
      (a!18 (= (ite (and (not x_failed_bio_equals_block)
                         (< s_highestOkEnd_bio_equals_block
                            x_end_bio_equals_block))
                    x_end_bio_equals_block
                    s_highestOkEnd_bio_equals_block)
               (ite (and (not x_failed_bio_equals_block)
                         (< s_highestOkEnd_bio_equals_block
                            x_end_bio_equals_block))
                    x_end_bio_equals_block
                    s_highestOkEnd_bio_equals_block)))
      (a!20 (ite (< 0 (- s_lowestFailedStart_bio_equals_block offset))
                 (- s_lowestFailedStart_bio_equals_block offset)
                 (ite (and s_anyFailed_bio_equals_block
                           (= s_lowestFailedStart_bio_equals_block offset))
                      (- 5)
                      (- 28))))
      (a!22 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!31 (< y_start_bio_smaller_than_block
               (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!33 (< x_start_bio_smaller_than_block
               (ite (and y_failed_bio_smaller_than_block
                         (< y_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    y_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!35 (+ (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))
               (ite (not y_failed_bio_smaller_than_block)
                    (- y_end_bio_smaller_than_block
                       y_start_bio_smaller_than_block)
                    0)))
      (a!37 (< (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               y_end_bio_smaller_than_block))
      (a!39 (< (ite (and (not y_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            y_end_bio_smaller_than_block))
                    y_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               x_end_bio_smaller_than_block))
      (a!42 (= (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)
               (ite (and x_failed_bio_smaller_than_block
                         (< x_start_bio_smaller_than_block
                            s_lowestFailedStart_bio_smaller_than_block))
                    x_start_bio_smaller_than_block
                    s_lowestFailedStart_bio_smaller_than_block)))
      (a!43 (= (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))
               (+ s_okBytes_bio_smaller_than_block
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))))
      (a!44 (= (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)
               (ite (and (not x_failed_bio_smaller_than_block)
                         (< s_highestOkEnd_bio_smaller_than_block
                            x_end_bio_smaller_than_block))
                    x_end_bio_smaller_than_block
                    s_highestOkEnd_bio_smaller_than_block)))
      (a!46 (ite (< 0 (- s_lowestFailedStart_bio_smaller_than_block offset))
                 (- s_lowestFailedStart_bio_smaller_than_block offset)
                 (ite (and s_anyFailed_bio_smaller_than_block
                           (= s_lowestFailedStart_bio_smaller_than_block offset))
                      (- 5)
                      (- 28))))
      (a!49 (< y_start_bio_unaligned_to_block
               (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!51 (< x_start_bio_unaligned_to_block
               (ite (and y_failed_bio_unaligned_to_block
                         (< y_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    y_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!53 (+ (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))
               (ite (not y_failed_bio_unaligned_to_block)
                    (- y_end_bio_unaligned_to_block
                       y_start_bio_unaligned_to_block)
                    0)))
      (a!55 (< (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               y_end_bio_unaligned_to_block))
      (a!57 (< (ite (and (not y_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            y_end_bio_unaligned_to_block))
                    y_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               x_end_bio_unaligned_to_block))
      (a!60 (= (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)
               (ite (and x_failed_bio_unaligned_to_block
                         (< x_start_bio_unaligned_to_block
                            s_lowestFailedStart_bio_unaligned_to_block))
                    x_start_bio_unaligned_to_block
                    s_lowestFailedStart_bio_unaligned_to_block)))
      (a!61 (= (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))
               (+ s_okBytes_bio_unaligned_to_block
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))))
      (a!62 (= (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)
               (ite (and (not x_failed_bio_unaligned_to_block)
                         (< s_highestOkEnd_bio_unaligned_to_block
                            x_end_bio_unaligned_to_block))
                    x_end_bio_unaligned_to_block
                    s_highestOkEnd_bio_unaligned_to_block)))
      (a!64 (ite (< 0 (- s_lowestFailedStart_bio_unaligned_to_block offset))
                 (- s_lowestFailedStart_bio_unaligned_to_block offset)
                 (ite (and s_anyFailed_bio_unaligned_to_block
                           (= s_lowestFailedStart_bio_unaligned_to_block offset))
                      (- 5)
                      (- 28))))
      (a!67 (< y_start_bio_spans_blocks
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!69 (< x_start_bio_spans_blocks
               (ite (and y_failed_bio_spans_blocks
                         (< y_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    y_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!71 (+ (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (ite (not y_failed_bio_spans_blocks)
                    (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                    0)))
      (a!73 (< (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               y_end_bio_spans_blocks))
      (a!75 (< (ite (and (not y_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            y_end_bio_spans_blocks))
                    y_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               x_end_bio_spans_blocks))
      (a!78 (= (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)
               (ite (and x_failed_bio_spans_blocks
                         (< x_start_bio_spans_blocks
                            s_lowestFailedStart_bio_spans_blocks))
                    x_start_bio_spans_blocks
                    s_lowestFailedStart_bio_spans_blocks)))
      (a!79 (= (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))
               (+ s_okBytes_bio_spans_blocks
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!80 (= (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)
               (ite (and (not x_failed_bio_spans_blocks)
                         (< s_highestOkEnd_bio_spans_blocks
                            x_end_bio_spans_blocks))
                    x_end_bio_spans_blocks
                    s_highestOkEnd_bio_spans_blocks)))
      (a!82 (ite (< 0 (- s_lowestFailedStart_bio_spans_blocks offset))
                 (- s_lowestFailedStart_bio_spans_blocks offset)
                 (ite (and s_anyFailed_bio_spans_blocks
                           (= s_lowestFailedStart_bio_spans_blocks offset))
                      (- 5)
                      (- 28))))
      (a!86 (< y_start_sector_equals_block
               (ite (and x_failed_sector_equals_block
                         (< x_start_sector_equals_block
                            s_lowestFailedStart_sector_equals_block))
                    x_start_sector_equals_block
                    s_lowestFailedStart_sector_equals_block)))
      (a!88 (< x_start_sector_equals_block
               (ite (and y_failed_sector_equals_block
                         (< y_start_sector_equals_block
                            s_lowestFailedStart_sector_equals_block))
                    y_start_sector_equals_block
                    s_lowestFailedStart_sector_equals_block)))
      (a!90 (+ (+ s_okBytes_sector_equals_block
                  (ite (not x_failed_sector_equals_block)
                       (- x_end_sector_equals_block x_start_sector_equals_block)
                       0))
               (ite (not y_failed_sector_equals_block)
                    (- y_end_sector_equals_block y_start_sector_equals_block)
                    0)))
      (a!92 (< (ite (and (not x_failed_sector_equals_block)
                         (< s_highestOkEnd_sector_equals_block
                            x_end_sector_equals_block))
                    x_end_sector_equals_block
                    s_highestOkEnd_sector_equals_block)
               y_end_sector_equals_block))
      (a!94 (< (ite (and (not y_failed_sector_equals_block)
                         (< s_highestOkEnd_sector_equals_block
                            y_end_sector_equals_block))
                    y_end_sector_equals_block
                    s_highestOkEnd_sector_equals_block)
               x_end_sector_equals_block))
      (a!97 (= (ite (and x_failed_sector_equals_block
                         (< x_start_sector_equals_block
                            s_lowestFailedStart_sector_equals_block))
                    x_start_sector_equals_block
                    s_lowestFailedStart_sector_equals_block)
               (ite (and x_failed_sector_equals_block
                         (< x_start_sector_equals_block
                            s_lowestFailedStart_sector_equals_block))
                    x_start_sector_equals_block
                    s_lowestFailedStart_sector_equals_block)))
      (a!98 (= (+ s_okBytes_sector_equals_block
                  (ite (not x_failed_sector_equals_block)
                       (- x_end_sector_equals_block x_start_sector_equals_block)
                       0))
               (+ s_okBytes_sector_equals_block
                  (ite (not x_failed_sector_equals_block)
                       (- x_end_sector_equals_block x_start_sector_equals_block)
                       0))))
      (a!99 (= (ite (and (not x_failed_sector_equals_block)
                         (< s_highestOkEnd_sector_equals_block
                            x_end_sector_equals_block))
                    x_end_sector_equals_block
                    s_highestOkEnd_sector_equals_block)
               (ite (and (not x_failed_sector_equals_block)
                         (< s_highestOkEnd_sector_equals_block
                            x_end_sector_equals_block))
                    x_end_sector_equals_block
                    s_highestOkEnd_sector_equals_block)))
      (a!101 (ite (< 0 (- s_lowestFailedStart_sector_equals_block offset))
                  (- s_lowestFailedStart_sector_equals_block offset)
                  (ite (and s_anyFailed_sector_equals_block
                            (= s_lowestFailedStart_sector_equals_block offset))
                       (- 5)
                       (- 28))))
      (a!104 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!106 (< y_start_large_sectors_and_blocks
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!108 (< x_start_large_sectors_and_blocks
                (ite (and y_failed_large_sectors_and_blocks
                          (< y_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     y_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!110 (+ (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (ite (not y_failed_large_sectors_and_blocks)
                     (- y_end_large_sectors_and_blocks
                        y_start_large_sectors_and_blocks)
                     0)))
      (a!112 (< (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                y_end_large_sectors_and_blocks))
      (a!114 (< (ite (and (not y_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             y_end_large_sectors_and_blocks))
                     y_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                x_end_large_sectors_and_blocks))
      (a!117 (= (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)
                (ite (and x_failed_large_sectors_and_blocks
                          (< x_start_large_sectors_and_blocks
                             s_lowestFailedStart_large_sectors_and_blocks))
                     x_start_large_sectors_and_blocks
                     s_lowestFailedStart_large_sectors_and_blocks)))
      (a!118 (= (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!119 (= (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)
                (ite (and (not x_failed_large_sectors_and_blocks)
                          (< s_highestOkEnd_large_sectors_and_blocks
                             x_end_large_sectors_and_blocks))
                     x_end_large_sectors_and_blocks
                     s_highestOkEnd_large_sectors_and_blocks)))
      (a!121 (ite (< 0 (- s_lowestFailedStart_large_sectors_and_blocks offset))
                  (- s_lowestFailedStart_large_sectors_and_blocks offset)
                  (ite (and s_anyFailed_large_sectors_and_blocks
                            (= s_lowestFailedStart_large_sectors_and_blocks
                               offset))
                       (- 5)
                       (- 28)))))
(let ((a!3 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!2))
      (a!6 (ite (and y_failed_bio_equals_block a!5)
                y_start_bio_equals_block
                (ite (and x_failed_bio_equals_block
                          (< x_start_bio_equals_block
                             s_lowestFailedStart_bio_equals_block))
                     x_start_bio_equals_block
                     s_lowestFailedStart_bio_equals_block)))
      (a!8 (ite (and x_failed_bio_equals_block a!7)
                x_start_bio_equals_block
                (ite (and y_failed_bio_equals_block
                          (< y_start_bio_equals_block
                             s_lowestFailedStart_bio_equals_block))
                     y_start_bio_equals_block
                     s_lowestFailedStart_bio_equals_block)))
      (a!10 (= a!9
               (+ s_okBytes_bio_equals_block
                  (ite (not y_failed_bio_equals_block)
                       (- y_end_bio_equals_block y_start_bio_equals_block)
                       0)
                  (ite (not x_failed_bio_equals_block)
                       (- x_end_bio_equals_block x_start_bio_equals_block)
                       0))))
      (a!12 (ite (and (not y_failed_bio_equals_block) a!11)
                 y_end_bio_equals_block
                 (ite (and (not x_failed_bio_equals_block)
                           (< s_highestOkEnd_bio_equals_block
                              x_end_bio_equals_block))
                      x_end_bio_equals_block
                      s_highestOkEnd_bio_equals_block)))
      (a!14 (ite (and (not x_failed_bio_equals_block) a!13)
                 x_end_bio_equals_block
                 (ite (and (not y_failed_bio_equals_block)
                           (< s_highestOkEnd_bio_equals_block
                              y_end_bio_equals_block))
                      y_end_bio_equals_block
                      s_highestOkEnd_bio_equals_block)))
      (a!19 (not (and (= (or s_anyFailed_bio_equals_block
                             x_failed_bio_equals_block)
                         (or s_anyFailed_bio_equals_block
                             x_failed_bio_equals_block))
                      a!16
                      a!17
                      a!18)))
      (a!21 (ite (< 0 a!20)
                 (ite (<= fileSize (+ offset a!20)) (+ offset a!20) fileSize)
                 fileSize))
      (a!23 (+ (- a!22 (mod a!22 4096)) (ite (= (mod a!22 4096) 0) 0 4096)))
      (a!32 (ite (and y_failed_bio_smaller_than_block a!31)
                 y_start_bio_smaller_than_block
                 (ite (and x_failed_bio_smaller_than_block
                           (< x_start_bio_smaller_than_block
                              s_lowestFailedStart_bio_smaller_than_block))
                      x_start_bio_smaller_than_block
                      s_lowestFailedStart_bio_smaller_than_block)))
      (a!34 (ite (and x_failed_bio_smaller_than_block a!33)
                 x_start_bio_smaller_than_block
                 (ite (and y_failed_bio_smaller_than_block
                           (< y_start_bio_smaller_than_block
                              s_lowestFailedStart_bio_smaller_than_block))
                      y_start_bio_smaller_than_block
                      s_lowestFailedStart_bio_smaller_than_block)))
      (a!36 (= a!35
               (+ s_okBytes_bio_smaller_than_block
                  (ite (not y_failed_bio_smaller_than_block)
                       (- y_end_bio_smaller_than_block
                          y_start_bio_smaller_than_block)
                       0)
                  (ite (not x_failed_bio_smaller_than_block)
                       (- x_end_bio_smaller_than_block
                          x_start_bio_smaller_than_block)
                       0))))
      (a!38 (ite (and (not y_failed_bio_smaller_than_block) a!37)
                 y_end_bio_smaller_than_block
                 (ite (and (not x_failed_bio_smaller_than_block)
                           (< s_highestOkEnd_bio_smaller_than_block
                              x_end_bio_smaller_than_block))
                      x_end_bio_smaller_than_block
                      s_highestOkEnd_bio_smaller_than_block)))
      (a!40 (ite (and (not x_failed_bio_smaller_than_block) a!39)
                 x_end_bio_smaller_than_block
                 (ite (and (not y_failed_bio_smaller_than_block)
                           (< s_highestOkEnd_bio_smaller_than_block
                              y_end_bio_smaller_than_block))
                      y_end_bio_smaller_than_block
                      s_highestOkEnd_bio_smaller_than_block)))
      (a!45 (not (and (= (or s_anyFailed_bio_smaller_than_block
                             x_failed_bio_smaller_than_block)
                         (or s_anyFailed_bio_smaller_than_block
                             x_failed_bio_smaller_than_block))
                      a!42
                      a!43
                      a!44)))
      (a!47 (ite (< 0 a!46)
                 (ite (<= fileSize (+ offset a!46)) (+ offset a!46) fileSize)
                 fileSize))
      (a!50 (ite (and y_failed_bio_unaligned_to_block a!49)
                 y_start_bio_unaligned_to_block
                 (ite (and x_failed_bio_unaligned_to_block
                           (< x_start_bio_unaligned_to_block
                              s_lowestFailedStart_bio_unaligned_to_block))
                      x_start_bio_unaligned_to_block
                      s_lowestFailedStart_bio_unaligned_to_block)))
      (a!52 (ite (and x_failed_bio_unaligned_to_block a!51)
                 x_start_bio_unaligned_to_block
                 (ite (and y_failed_bio_unaligned_to_block
                           (< y_start_bio_unaligned_to_block
                              s_lowestFailedStart_bio_unaligned_to_block))
                      y_start_bio_unaligned_to_block
                      s_lowestFailedStart_bio_unaligned_to_block)))
      (a!54 (= a!53
               (+ s_okBytes_bio_unaligned_to_block
                  (ite (not y_failed_bio_unaligned_to_block)
                       (- y_end_bio_unaligned_to_block
                          y_start_bio_unaligned_to_block)
                       0)
                  (ite (not x_failed_bio_unaligned_to_block)
                       (- x_end_bio_unaligned_to_block
                          x_start_bio_unaligned_to_block)
                       0))))
      (a!56 (ite (and (not y_failed_bio_unaligned_to_block) a!55)
                 y_end_bio_unaligned_to_block
                 (ite (and (not x_failed_bio_unaligned_to_block)
                           (< s_highestOkEnd_bio_unaligned_to_block
                              x_end_bio_unaligned_to_block))
                      x_end_bio_unaligned_to_block
                      s_highestOkEnd_bio_unaligned_to_block)))
      (a!58 (ite (and (not x_failed_bio_unaligned_to_block) a!57)
                 x_end_bio_unaligned_to_block
                 (ite (and (not y_failed_bio_unaligned_to_block)
                           (< s_highestOkEnd_bio_unaligned_to_block
                              y_end_bio_unaligned_to_block))
                      y_end_bio_unaligned_to_block
                      s_highestOkEnd_bio_unaligned_to_block)))
      (a!63 (not (and (= (or s_anyFailed_bio_unaligned_to_block
                             x_failed_bio_unaligned_to_block)
                         (or s_anyFailed_bio_unaligned_to_block
                             x_failed_bio_unaligned_to_block))
                      a!60
                      a!61
                      a!62)))
      (a!65 (ite (< 0 a!64)
                 (ite (<= fileSize (+ offset a!64)) (+ offset a!64) fileSize)
                 fileSize))
      (a!68 (ite (and y_failed_bio_spans_blocks a!67)
                 y_start_bio_spans_blocks
                 (ite (and x_failed_bio_spans_blocks
                           (< x_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      x_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!70 (ite (and x_failed_bio_spans_blocks a!69)
                 x_start_bio_spans_blocks
                 (ite (and y_failed_bio_spans_blocks
                           (< y_start_bio_spans_blocks
                              s_lowestFailedStart_bio_spans_blocks))
                      y_start_bio_spans_blocks
                      s_lowestFailedStart_bio_spans_blocks)))
      (a!72 (= a!71
               (+ s_okBytes_bio_spans_blocks
                  (ite (not y_failed_bio_spans_blocks)
                       (- y_end_bio_spans_blocks y_start_bio_spans_blocks)
                       0)
                  (ite (not x_failed_bio_spans_blocks)
                       (- x_end_bio_spans_blocks x_start_bio_spans_blocks)
                       0))))
      (a!74 (ite (and (not y_failed_bio_spans_blocks) a!73)
                 y_end_bio_spans_blocks
                 (ite (and (not x_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              x_end_bio_spans_blocks))
                      x_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!76 (ite (and (not x_failed_bio_spans_blocks) a!75)
                 x_end_bio_spans_blocks
                 (ite (and (not y_failed_bio_spans_blocks)
                           (< s_highestOkEnd_bio_spans_blocks
                              y_end_bio_spans_blocks))
                      y_end_bio_spans_blocks
                      s_highestOkEnd_bio_spans_blocks)))
      (a!81 (not (and (= (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks)
                         (or s_anyFailed_bio_spans_blocks
                             x_failed_bio_spans_blocks))
                      a!78
                      a!79
                      a!80)))
      (a!83 (ite (< 0 a!82)
                 (ite (<= fileSize (+ offset a!82)) (+ offset a!82) fileSize)
                 fileSize))
      (a!85 (and a!1 (= (mod offset 4096) 0) (= (mod length 4096) 0)))
      (a!87 (ite (and y_failed_sector_equals_block a!86)
                 y_start_sector_equals_block
                 (ite (and x_failed_sector_equals_block
                           (< x_start_sector_equals_block
                              s_lowestFailedStart_sector_equals_block))
                      x_start_sector_equals_block
                      s_lowestFailedStart_sector_equals_block)))
      (a!89 (ite (and x_failed_sector_equals_block a!88)
                 x_start_sector_equals_block
                 (ite (and y_failed_sector_equals_block
                           (< y_start_sector_equals_block
                              s_lowestFailedStart_sector_equals_block))
                      y_start_sector_equals_block
                      s_lowestFailedStart_sector_equals_block)))
      (a!91 (= a!90
               (+ s_okBytes_sector_equals_block
                  (ite (not y_failed_sector_equals_block)
                       (- y_end_sector_equals_block y_start_sector_equals_block)
                       0)
                  (ite (not x_failed_sector_equals_block)
                       (- x_end_sector_equals_block x_start_sector_equals_block)
                       0))))
      (a!93 (ite (and (not y_failed_sector_equals_block) a!92)
                 y_end_sector_equals_block
                 (ite (and (not x_failed_sector_equals_block)
                           (< s_highestOkEnd_sector_equals_block
                              x_end_sector_equals_block))
                      x_end_sector_equals_block
                      s_highestOkEnd_sector_equals_block)))
      (a!95 (ite (and (not x_failed_sector_equals_block) a!94)
                 x_end_sector_equals_block
                 (ite (and (not y_failed_sector_equals_block)
                           (< s_highestOkEnd_sector_equals_block
                              y_end_sector_equals_block))
                      y_end_sector_equals_block
                      s_highestOkEnd_sector_equals_block)))
      (a!100 (not (and (= (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block)
                          (or s_anyFailed_sector_equals_block
                              x_failed_sector_equals_block))
                       a!97
                       a!98
                       a!99)))
      (a!102 (ite (< 0 a!101)
                  (ite (<= fileSize (+ offset a!101)) (+ offset a!101) fileSize)
                  fileSize))
      (a!105 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!104))
      (a!107 (ite (and y_failed_large_sectors_and_blocks a!106)
                  y_start_large_sectors_and_blocks
                  (ite (and x_failed_large_sectors_and_blocks
                            (< x_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       x_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!109 (ite (and x_failed_large_sectors_and_blocks a!108)
                  x_start_large_sectors_and_blocks
                  (ite (and y_failed_large_sectors_and_blocks
                            (< y_start_large_sectors_and_blocks
                               s_lowestFailedStart_large_sectors_and_blocks))
                       y_start_large_sectors_and_blocks
                       s_lowestFailedStart_large_sectors_and_blocks)))
      (a!111 (= a!110
                (+ s_okBytes_large_sectors_and_blocks
                   (ite (not y_failed_large_sectors_and_blocks)
                        (- y_end_large_sectors_and_blocks
                           y_start_large_sectors_and_blocks)
                        0)
                   (ite (not x_failed_large_sectors_and_blocks)
                        (- x_end_large_sectors_and_blocks
                           x_start_large_sectors_and_blocks)
                        0))))
      (a!113 (ite (and (not y_failed_large_sectors_and_blocks) a!112)
                  y_end_large_sectors_and_blocks
                  (ite (and (not x_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               x_end_large_sectors_and_blocks))
                       x_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!115 (ite (and (not x_failed_large_sectors_and_blocks) a!114)
                  x_end_large_sectors_and_blocks
                  (ite (and (not y_failed_large_sectors_and_blocks)
                            (< s_highestOkEnd_large_sectors_and_blocks
                               y_end_large_sectors_and_blocks))
                       y_end_large_sectors_and_blocks
                       s_highestOkEnd_large_sectors_and_blocks)))
      (a!120 (not (and (= (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks)
                          (or s_anyFailed_large_sectors_and_blocks
                              x_failed_large_sectors_and_blocks))
                       a!117
                       a!118
                       a!119)))
      (a!122 (ite (< 0 a!121)
                  (ite (<= fileSize (+ offset a!121)) (+ offset a!121) fileSize)
                  fileSize))
      (a!123 (+ (- a!22 (mod a!22 65536)) (ite (= (mod a!22 65536) 0) 0 65536))))
(let ((a!4 (and a!1
                (= (mod offset 512) 0)
                (= (mod length 512) 0)
                (<= a!3 9223372036854775807)
                (<= fileSize 9223372036854775807)
                (<= freeBlocks 9223372036854775807)))
      (a!15 (and (= (or (or s_anyFailed_bio_equals_block
                            x_failed_bio_equals_block)
                        y_failed_bio_equals_block)
                    (or s_anyFailed_bio_equals_block
                        y_failed_bio_equals_block
                        x_failed_bio_equals_block))
                 (= a!6 a!8)
                 a!10
                 (= a!12 a!14)))
      (a!24 (ite (<= a!23 (- offset (mod offset 4096)))
                 (- offset (mod offset 4096))
                 a!23))
      (a!41 (and (= (or (or s_anyFailed_bio_smaller_than_block
                            x_failed_bio_smaller_than_block)
                        y_failed_bio_smaller_than_block)
                    (or s_anyFailed_bio_smaller_than_block
                        y_failed_bio_smaller_than_block
                        x_failed_bio_smaller_than_block))
                 (= a!32 a!34)
                 a!36
                 (= a!38 a!40)))
      (a!59 (and (= (or (or s_anyFailed_bio_unaligned_to_block
                            x_failed_bio_unaligned_to_block)
                        y_failed_bio_unaligned_to_block)
                    (or s_anyFailed_bio_unaligned_to_block
                        y_failed_bio_unaligned_to_block
                        x_failed_bio_unaligned_to_block))
                 (= a!50 a!52)
                 a!54
                 (= a!56 a!58)))
      (a!77 (and (= (or (or s_anyFailed_bio_spans_blocks
                            x_failed_bio_spans_blocks)
                        y_failed_bio_spans_blocks)
                    (or s_anyFailed_bio_spans_blocks
                        y_failed_bio_spans_blocks
                        x_failed_bio_spans_blocks))
                 (= a!68 a!70)
                 a!72
                 (= a!74 a!76)))
      (a!96 (and (= (or (or s_anyFailed_sector_equals_block
                            x_failed_sector_equals_block)
                        y_failed_sector_equals_block)
                    (or s_anyFailed_sector_equals_block
                        y_failed_sector_equals_block
                        x_failed_sector_equals_block))
                 (= a!87 a!89)
                 a!91
                 (= a!93 a!95)))
      (a!116 (and (= (or (or s_anyFailed_large_sectors_and_blocks
                             x_failed_large_sectors_and_blocks)
                         y_failed_large_sectors_and_blocks)
                     (or s_anyFailed_large_sectors_and_blocks
                         y_failed_large_sectors_and_blocks
                         x_failed_large_sectors_and_blocks))
                  (= a!107 a!109)
                  a!111
                  (= a!113 a!115)))
      (a!124 (ite (<= a!123 (- offset (mod offset 65536)))
                  (- offset (mod offset 65536))
                  a!123)))
(let ((a!25 (div (- (ite (<= a!24 a!3) a!3 a!24) a!24) 4096))
      (a!125 (div (- (ite (<= a!124 a!105) a!105 a!124) a!124) 65536)))
(let ((a!26 (+ a!24 (* (ite (<= a!25 freeBlocks) a!25 freeBlocks) 4096)))
      (a!126 (+ a!124 (* (ite (<= a!125 freeBlocks) a!125 freeBlocks) 65536))))
(let ((a!27 (ite (<= a!24 (ite (<= a!26 a!26) a!26 a!26))
                 (ite (<= a!26 a!26) a!26 a!26)
                 a!24))
      (a!127 (ite (<= a!124 (ite (<= a!126 a!126) a!126 a!126))
                  (ite (<= a!126 a!126) a!126 a!126)
                  a!124)))
(let ((a!28 (+ (- a!27 (mod a!27 4096)) (ite (= (mod a!27 4096) 0) 0 4096)))
      (a!128 (+ (- a!127 (mod a!127 65536))
                (ite (= (mod a!127 65536) 0) 0 65536))))
(let ((a!29 (= (ite (<= a!28 a!26) a!28 a!26) (ite (<= a!28 a!26) a!28 a!26)))
      (a!129 (and (= a!121 a!121)
                  (= a!122 a!122)
                  (= (ite (<= a!128 a!126) a!128 a!126)
                     (ite (<= a!128 a!126) a!128 a!126)))))
(let ((a!30 (or (not a!15) a!19 (not (and (= a!20 a!20) (= a!21 a!21) a!29))))
      (a!48 (or (not a!41) a!45 (not (and (= a!46 a!46) (= a!47 a!47) a!29))))
      (a!66 (or (not a!59) a!63 (not (and (= a!64 a!64) (= a!65 a!65) a!29))))
      (a!84 (or (not a!77) a!81 (not (and (= a!82 a!82) (= a!83 a!83) a!29))))
      (a!103 (or (not a!96)
                 a!100
                 (not (and (= a!101 a!101) (= a!102 a!102) a!29)))))
  (or (and a!4 a!30)
      (and a!4 a!48)
      (and a!4 a!66)
      (and a!4 a!84)
      (and a!85
           (<= a!3 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           a!103)
      (and a!85
           (<= a!105 9223372036854775807)
           (<= fileSize 9223372036854775807)
           (<= freeBlocks 9223372036854775807)
           (or (not a!116) a!120 (not a!129))))))))))))))
(check-sat)
(reset)
