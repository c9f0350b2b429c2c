; DioVerify certificate (dioverify 0.1.0)
; policy:   sector-count-units
; property: P6 order-independence: R, newSize and the kept blocks are the same for every arrival order of the same outcomes
; bound:    unbounded
; identity: sha256:8fe6122032738554f52368ab33bf22645bf1e8b2aa2e677e5de3099af09844ad
; domain:   every number of BIOs, any offset, length, file size and free-block count, every outcome and arrival order, on S, B powers of two with 512 <= S <= B <= 65536; M any positive multiple of S
; cases:    sector-512-block-512 (S=512, B=512, M any positive multiple of S); sector-512-block-1024 (S=512, B=1024, M any positive multiple of S); sector-1024-block-1024 (S=1024, B=1024, M any positive multiple of S); sector-512-block-2048 (S=512, B=2048, M any positive multiple of S); sector-1024-block-2048 (S=1024, B=2048, M any positive multiple of S); sector-2048-block-2048 (S=2048, B=2048, M any positive multiple of S); sector-512-block-4096 (S=512, B=4096, M any positive multiple of S); sector-1024-block-4096 (S=1024, B=4096, M any positive multiple of S); sector-2048-block-4096 (S=2048, B=4096, M any positive multiple of S); sector-4096-block-4096 (S=4096, B=4096, M any positive multiple of S); sector-512-block-8192 (S=512, B=8192, M any positive multiple of S); sector-1024-block-8192 (S=1024, B=8192, M any positive multiple of S); sector-2048-block-8192 (S=2048, B=8192, M any positive multiple of S); sector-4096-block-8192 (S=4096, B=8192, M any positive multiple of S); sector-8192-block-8192 (S=8192, B=8192, M any positive multiple of S); sector-512-block-16384 (S=512, B=16384, M any positive multiple of S); sector-1024-block-16384 (S=1024, B=16384, M any positive multiple of S); sector-2048-block-16384 (S=2048, B=16384, M any positive multiple of S); sector-4096-block-16384 (S=4096, B=16384, M any positive multiple of S); sector-8192-block-16384 (S=8192, B=16384, M any positive multiple of S); sector-16384-block-16384 (S=16384, B=16384, M any positive multiple of S); sector-512-block-32768 (S=512, B=32768, M any positive multiple of S); sector-1024-block-32768 (S=1024, B=32768, M any positive multiple of S); sector-2048-block-32768 (S=2048, B=32768, M any positive multiple of S); sector-4096-block-32768 (S=4096, B=32768, M any positive multiple of S); sector-8192-block-32768 (S=8192, B=32768, M any positive multiple of S); sector-16384-block-32768 (S=16384, B=32768, M any positive multiple of S); sector-32768-block-32768 (S=32768, B=32768, M any positive multiple of S); sector-512-block-65536 (S=512, B=65536, M any positive multiple of S); sector-1024-block-65536 (S=1024, B=65536, M any positive multiple of S); sector-2048-block-65536 (S=2048, B=65536, M any positive multiple of S); sector-4096-block-65536 (S=4096, B=65536, M any positive multiple of S); sector-8192-block-65536 (S=8192, B=65536, M any positive multiple of S); sector-16384-block-65536 (S=16384, B=65536, M any positive multiple of S); sector-32768-block-65536 (S=32768, B=65536, M any positive multiple of S); sector-65536-block-65536 (S=65536, B=65536, M any positive multiple of S)
; method:   induction-over-arrivals: induction over arrivals: completions commute on everything finish reads (every bound)
; lemma:    on every case, two completions commute on the folds (any failure, lowest failed start, ok bytes, highest ok end), the folds' update reads nothing else, and the policy's finish reads nothing else: every arrival order ends in the same decision
; 36 queries (the order lemma per case); each must be unsat for the proof; a sat refutes the lemma, not the property
; case: order lemma, geometry sector-512-block-512
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_512_block_512 () Int)
(declare-fun s_anyFailed_sector_512_block_512 () Bool)
(declare-fun s_highestOkEnd_sector_512_block_512 () Int)
(declare-fun x_end_sector_512_block_512 () Int)
(declare-fun x_failed_sector_512_block_512 () Bool)
(declare-fun x_start_sector_512_block_512 () Int)
(declare-fun s_okBytes_sector_512_block_512 () Int)
(declare-fun y_end_sector_512_block_512 () Int)
(declare-fun y_failed_sector_512_block_512 () Bool)
(declare-fun y_start_sector_512_block_512 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 512) 0) 0 512))
      (a!3 (< y_start_sector_512_block_512
              (ite (and x_failed_sector_512_block_512
                        (< x_start_sector_512_block_512
                           s_lowestFailedStart_sector_512_block_512))
                   x_start_sector_512_block_512
                   s_lowestFailedStart_sector_512_block_512)))
      (a!5 (< x_start_sector_512_block_512
              (ite (and y_failed_sector_512_block_512
                        (< y_start_sector_512_block_512
                           s_lowestFailedStart_sector_512_block_512))
                   y_start_sector_512_block_512
                   s_lowestFailedStart_sector_512_block_512)))
      (a!7 (+ (+ s_okBytes_sector_512_block_512
                 (ite (not x_failed_sector_512_block_512)
                      (- x_end_sector_512_block_512
                         x_start_sector_512_block_512)
                      0))
              (ite (not y_failed_sector_512_block_512)
                   (- y_end_sector_512_block_512 y_start_sector_512_block_512)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_512_block_512)
                        (< s_highestOkEnd_sector_512_block_512
                           x_end_sector_512_block_512))
                   x_end_sector_512_block_512
                   s_highestOkEnd_sector_512_block_512)
              y_end_sector_512_block_512))
      (a!11 (< (ite (and (not y_failed_sector_512_block_512)
                         (< s_highestOkEnd_sector_512_block_512
                            y_end_sector_512_block_512))
                    y_end_sector_512_block_512
                    s_highestOkEnd_sector_512_block_512)
               x_end_sector_512_block_512))
      (a!14 (= (ite (and x_failed_sector_512_block_512
                         (< x_start_sector_512_block_512
                            s_lowestFailedStart_sector_512_block_512))
                    x_start_sector_512_block_512
                    s_lowestFailedStart_sector_512_block_512)
               (ite (and x_failed_sector_512_block_512
                         (< x_start_sector_512_block_512
                            s_lowestFailedStart_sector_512_block_512))
                    x_start_sector_512_block_512
                    s_lowestFailedStart_sector_512_block_512)))
      (a!15 (= (+ s_okBytes_sector_512_block_512
                  (ite (not x_failed_sector_512_block_512)
                       (- x_end_sector_512_block_512
                          x_start_sector_512_block_512)
                       0))
               (+ s_okBytes_sector_512_block_512
                  (ite (not x_failed_sector_512_block_512)
                       (- x_end_sector_512_block_512
                          x_start_sector_512_block_512)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_512_block_512)
                         (< s_highestOkEnd_sector_512_block_512
                            x_end_sector_512_block_512))
                    x_end_sector_512_block_512
                    s_highestOkEnd_sector_512_block_512)
               (ite (and (not x_failed_sector_512_block_512)
                         (< s_highestOkEnd_sector_512_block_512
                            x_end_sector_512_block_512))
                    x_end_sector_512_block_512
                    s_highestOkEnd_sector_512_block_512)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_512_block_512 offset))
                 (- s_lowestFailedStart_sector_512_block_512 offset)
                 (ite (and s_anyFailed_sector_512_block_512
                           (= s_lowestFailedStart_sector_512_block_512 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 512)) a!1))
      (a!4 (ite (and y_failed_sector_512_block_512 a!3)
                y_start_sector_512_block_512
                (ite (and x_failed_sector_512_block_512
                          (< x_start_sector_512_block_512
                             s_lowestFailedStart_sector_512_block_512))
                     x_start_sector_512_block_512
                     s_lowestFailedStart_sector_512_block_512)))
      (a!6 (ite (and x_failed_sector_512_block_512 a!5)
                x_start_sector_512_block_512
                (ite (and y_failed_sector_512_block_512
                          (< y_start_sector_512_block_512
                             s_lowestFailedStart_sector_512_block_512))
                     y_start_sector_512_block_512
                     s_lowestFailedStart_sector_512_block_512)))
      (a!8 (= a!7
              (+ s_okBytes_sector_512_block_512
                 (ite (not y_failed_sector_512_block_512)
                      (- y_end_sector_512_block_512
                         y_start_sector_512_block_512)
                      0)
                 (ite (not x_failed_sector_512_block_512)
                      (- x_end_sector_512_block_512
                         x_start_sector_512_block_512)
                      0))))
      (a!10 (ite (and (not y_failed_sector_512_block_512) a!9)
                 y_end_sector_512_block_512
                 (ite (and (not x_failed_sector_512_block_512)
                           (< s_highestOkEnd_sector_512_block_512
                              x_end_sector_512_block_512))
                      x_end_sector_512_block_512
                      s_highestOkEnd_sector_512_block_512)))
      (a!12 (ite (and (not x_failed_sector_512_block_512) a!11)
                 x_end_sector_512_block_512
                 (ite (and (not y_failed_sector_512_block_512)
                           (< s_highestOkEnd_sector_512_block_512
                              y_end_sector_512_block_512))
                      y_end_sector_512_block_512
                      s_highestOkEnd_sector_512_block_512)))
      (a!17 (not (and (= (or s_anyFailed_sector_512_block_512
                             x_failed_sector_512_block_512)
                         (or s_anyFailed_sector_512_block_512
                             x_failed_sector_512_block_512))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 512)) (ite (= (mod a!20 512) 0) 0 512))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_512
                            x_failed_sector_512_block_512)
                        y_failed_sector_512_block_512)
                    (or s_anyFailed_sector_512_block_512
                        y_failed_sector_512_block_512
                        x_failed_sector_512_block_512))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 512)))
                 (- offset (mod offset 512))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 512)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 512))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 512)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 512) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 512)) a!24)
                 (+ a!26 (ite a!27 0 512))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 512) a!18)
                    (ite (< 0 a!18) (div a!18 512) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (= maxBioBytes (* 512 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-512-block-1024
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_512_block_1024 () Int)
(declare-fun s_anyFailed_sector_512_block_1024 () Bool)
(declare-fun s_highestOkEnd_sector_512_block_1024 () Int)
(declare-fun x_end_sector_512_block_1024 () Int)
(declare-fun x_failed_sector_512_block_1024 () Bool)
(declare-fun x_start_sector_512_block_1024 () Int)
(declare-fun s_okBytes_sector_512_block_1024 () Int)
(declare-fun y_end_sector_512_block_1024 () Int)
(declare-fun y_failed_sector_512_block_1024 () Bool)
(declare-fun y_start_sector_512_block_1024 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!3 (< y_start_sector_512_block_1024
              (ite (and x_failed_sector_512_block_1024
                        (< x_start_sector_512_block_1024
                           s_lowestFailedStart_sector_512_block_1024))
                   x_start_sector_512_block_1024
                   s_lowestFailedStart_sector_512_block_1024)))
      (a!5 (< x_start_sector_512_block_1024
              (ite (and y_failed_sector_512_block_1024
                        (< y_start_sector_512_block_1024
                           s_lowestFailedStart_sector_512_block_1024))
                   y_start_sector_512_block_1024
                   s_lowestFailedStart_sector_512_block_1024)))
      (a!7 (+ (+ s_okBytes_sector_512_block_1024
                 (ite (not x_failed_sector_512_block_1024)
                      (- x_end_sector_512_block_1024
                         x_start_sector_512_block_1024)
                      0))
              (ite (not y_failed_sector_512_block_1024)
                   (- y_end_sector_512_block_1024 y_start_sector_512_block_1024)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_512_block_1024)
                        (< s_highestOkEnd_sector_512_block_1024
                           x_end_sector_512_block_1024))
                   x_end_sector_512_block_1024
                   s_highestOkEnd_sector_512_block_1024)
              y_end_sector_512_block_1024))
      (a!11 (< (ite (and (not y_failed_sector_512_block_1024)
                         (< s_highestOkEnd_sector_512_block_1024
                            y_end_sector_512_block_1024))
                    y_end_sector_512_block_1024
                    s_highestOkEnd_sector_512_block_1024)
               x_end_sector_512_block_1024))
      (a!14 (= (ite (and x_failed_sector_512_block_1024
                         (< x_start_sector_512_block_1024
                            s_lowestFailedStart_sector_512_block_1024))
                    x_start_sector_512_block_1024
                    s_lowestFailedStart_sector_512_block_1024)
               (ite (and x_failed_sector_512_block_1024
                         (< x_start_sector_512_block_1024
                            s_lowestFailedStart_sector_512_block_1024))
                    x_start_sector_512_block_1024
                    s_lowestFailedStart_sector_512_block_1024)))
      (a!15 (= (+ s_okBytes_sector_512_block_1024
                  (ite (not x_failed_sector_512_block_1024)
                       (- x_end_sector_512_block_1024
                          x_start_sector_512_block_1024)
                       0))
               (+ s_okBytes_sector_512_block_1024
                  (ite (not x_failed_sector_512_block_1024)
                       (- x_end_sector_512_block_1024
                          x_start_sector_512_block_1024)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_512_block_1024)
                         (< s_highestOkEnd_sector_512_block_1024
                            x_end_sector_512_block_1024))
                    x_end_sector_512_block_1024
                    s_highestOkEnd_sector_512_block_1024)
               (ite (and (not x_failed_sector_512_block_1024)
                         (< s_highestOkEnd_sector_512_block_1024
                            x_end_sector_512_block_1024))
                    x_end_sector_512_block_1024
                    s_highestOkEnd_sector_512_block_1024)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_512_block_1024 offset))
                 (- s_lowestFailedStart_sector_512_block_1024 offset)
                 (ite (and s_anyFailed_sector_512_block_1024
                           (= s_lowestFailedStart_sector_512_block_1024 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!1))
      (a!4 (ite (and y_failed_sector_512_block_1024 a!3)
                y_start_sector_512_block_1024
                (ite (and x_failed_sector_512_block_1024
                          (< x_start_sector_512_block_1024
                             s_lowestFailedStart_sector_512_block_1024))
                     x_start_sector_512_block_1024
                     s_lowestFailedStart_sector_512_block_1024)))
      (a!6 (ite (and x_failed_sector_512_block_1024 a!5)
                x_start_sector_512_block_1024
                (ite (and y_failed_sector_512_block_1024
                          (< y_start_sector_512_block_1024
                             s_lowestFailedStart_sector_512_block_1024))
                     y_start_sector_512_block_1024
                     s_lowestFailedStart_sector_512_block_1024)))
      (a!8 (= a!7
              (+ s_okBytes_sector_512_block_1024
                 (ite (not y_failed_sector_512_block_1024)
                      (- y_end_sector_512_block_1024
                         y_start_sector_512_block_1024)
                      0)
                 (ite (not x_failed_sector_512_block_1024)
                      (- x_end_sector_512_block_1024
                         x_start_sector_512_block_1024)
                      0))))
      (a!10 (ite (and (not y_failed_sector_512_block_1024) a!9)
                 y_end_sector_512_block_1024
                 (ite (and (not x_failed_sector_512_block_1024)
                           (< s_highestOkEnd_sector_512_block_1024
                              x_end_sector_512_block_1024))
                      x_end_sector_512_block_1024
                      s_highestOkEnd_sector_512_block_1024)))
      (a!12 (ite (and (not x_failed_sector_512_block_1024) a!11)
                 x_end_sector_512_block_1024
                 (ite (and (not y_failed_sector_512_block_1024)
                           (< s_highestOkEnd_sector_512_block_1024
                              y_end_sector_512_block_1024))
                      y_end_sector_512_block_1024
                      s_highestOkEnd_sector_512_block_1024)))
      (a!17 (not (and (= (or s_anyFailed_sector_512_block_1024
                             x_failed_sector_512_block_1024)
                         (or s_anyFailed_sector_512_block_1024
                             x_failed_sector_512_block_1024))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 1024)) (ite (= (mod a!20 1024) 0) 0 1024))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_1024
                            x_failed_sector_512_block_1024)
                        y_failed_sector_512_block_1024)
                    (or s_anyFailed_sector_512_block_1024
                        y_failed_sector_512_block_1024
                        x_failed_sector_512_block_1024))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 1024)))
                 (- offset (mod offset 1024))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 1024)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 1024))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 1024)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 1024) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 1024)) a!24)
                 (+ a!26 (ite a!27 0 1024))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 512) a!18)
                    (ite (< 0 a!18) (div a!18 512) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (= maxBioBytes (* 512 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-1024-block-1024
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_1024 () Int)
(declare-fun s_anyFailed_sector_1024_block_1024 () Bool)
(declare-fun s_highestOkEnd_sector_1024_block_1024 () Int)
(declare-fun x_end_sector_1024_block_1024 () Int)
(declare-fun x_failed_sector_1024_block_1024 () Bool)
(declare-fun x_start_sector_1024_block_1024 () Int)
(declare-fun s_okBytes_sector_1024_block_1024 () Int)
(declare-fun y_end_sector_1024_block_1024 () Int)
(declare-fun y_failed_sector_1024_block_1024 () Bool)
(declare-fun y_start_sector_1024_block_1024 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!3 (< y_start_sector_1024_block_1024
              (ite (and x_failed_sector_1024_block_1024
                        (< x_start_sector_1024_block_1024
                           s_lowestFailedStart_sector_1024_block_1024))
                   x_start_sector_1024_block_1024
                   s_lowestFailedStart_sector_1024_block_1024)))
      (a!5 (< x_start_sector_1024_block_1024
              (ite (and y_failed_sector_1024_block_1024
                        (< y_start_sector_1024_block_1024
                           s_lowestFailedStart_sector_1024_block_1024))
                   y_start_sector_1024_block_1024
                   s_lowestFailedStart_sector_1024_block_1024)))
      (a!7 (+ (+ s_okBytes_sector_1024_block_1024
                 (ite (not x_failed_sector_1024_block_1024)
                      (- x_end_sector_1024_block_1024
                         x_start_sector_1024_block_1024)
                      0))
              (ite (not y_failed_sector_1024_block_1024)
                   (- y_end_sector_1024_block_1024
                      y_start_sector_1024_block_1024)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_1024_block_1024)
                        (< s_highestOkEnd_sector_1024_block_1024
                           x_end_sector_1024_block_1024))
                   x_end_sector_1024_block_1024
                   s_highestOkEnd_sector_1024_block_1024)
              y_end_sector_1024_block_1024))
      (a!11 (< (ite (and (not y_failed_sector_1024_block_1024)
                         (< s_highestOkEnd_sector_1024_block_1024
                            y_end_sector_1024_block_1024))
                    y_end_sector_1024_block_1024
                    s_highestOkEnd_sector_1024_block_1024)
               x_end_sector_1024_block_1024))
      (a!14 (= (ite (and x_failed_sector_1024_block_1024
                         (< x_start_sector_1024_block_1024
                            s_lowestFailedStart_sector_1024_block_1024))
                    x_start_sector_1024_block_1024
                    s_lowestFailedStart_sector_1024_block_1024)
               (ite (and x_failed_sector_1024_block_1024
                         (< x_start_sector_1024_block_1024
                            s_lowestFailedStart_sector_1024_block_1024))
                    x_start_sector_1024_block_1024
                    s_lowestFailedStart_sector_1024_block_1024)))
      (a!15 (= (+ s_okBytes_sector_1024_block_1024
                  (ite (not x_failed_sector_1024_block_1024)
                       (- x_end_sector_1024_block_1024
                          x_start_sector_1024_block_1024)
                       0))
               (+ s_okBytes_sector_1024_block_1024
                  (ite (not x_failed_sector_1024_block_1024)
                       (- x_end_sector_1024_block_1024
                          x_start_sector_1024_block_1024)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_1024_block_1024)
                         (< s_highestOkEnd_sector_1024_block_1024
                            x_end_sector_1024_block_1024))
                    x_end_sector_1024_block_1024
                    s_highestOkEnd_sector_1024_block_1024)
               (ite (and (not x_failed_sector_1024_block_1024)
                         (< s_highestOkEnd_sector_1024_block_1024
                            x_end_sector_1024_block_1024))
                    x_end_sector_1024_block_1024
                    s_highestOkEnd_sector_1024_block_1024)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_1024_block_1024 offset))
                 (- s_lowestFailedStart_sector_1024_block_1024 offset)
                 (ite (and s_anyFailed_sector_1024_block_1024
                           (= s_lowestFailedStart_sector_1024_block_1024 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!1))
      (a!4 (ite (and y_failed_sector_1024_block_1024 a!3)
                y_start_sector_1024_block_1024
                (ite (and x_failed_sector_1024_block_1024
                          (< x_start_sector_1024_block_1024
                             s_lowestFailedStart_sector_1024_block_1024))
                     x_start_sector_1024_block_1024
                     s_lowestFailedStart_sector_1024_block_1024)))
      (a!6 (ite (and x_failed_sector_1024_block_1024 a!5)
                x_start_sector_1024_block_1024
                (ite (and y_failed_sector_1024_block_1024
                          (< y_start_sector_1024_block_1024
                             s_lowestFailedStart_sector_1024_block_1024))
                     y_start_sector_1024_block_1024
                     s_lowestFailedStart_sector_1024_block_1024)))
      (a!8 (= a!7
              (+ s_okBytes_sector_1024_block_1024
                 (ite (not y_failed_sector_1024_block_1024)
                      (- y_end_sector_1024_block_1024
                         y_start_sector_1024_block_1024)
                      0)
                 (ite (not x_failed_sector_1024_block_1024)
                      (- x_end_sector_1024_block_1024
                         x_start_sector_1024_block_1024)
                      0))))
      (a!10 (ite (and (not y_failed_sector_1024_block_1024) a!9)
                 y_end_sector_1024_block_1024
                 (ite (and (not x_failed_sector_1024_block_1024)
                           (< s_highestOkEnd_sector_1024_block_1024
                              x_end_sector_1024_block_1024))
                      x_end_sector_1024_block_1024
                      s_highestOkEnd_sector_1024_block_1024)))
      (a!12 (ite (and (not x_failed_sector_1024_block_1024) a!11)
                 x_end_sector_1024_block_1024
                 (ite (and (not y_failed_sector_1024_block_1024)
                           (< s_highestOkEnd_sector_1024_block_1024
                              y_end_sector_1024_block_1024))
                      y_end_sector_1024_block_1024
                      s_highestOkEnd_sector_1024_block_1024)))
      (a!17 (not (and (= (or s_anyFailed_sector_1024_block_1024
                             x_failed_sector_1024_block_1024)
                         (or s_anyFailed_sector_1024_block_1024
                             x_failed_sector_1024_block_1024))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 1024)) (ite (= (mod a!20 1024) 0) 0 1024))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_1024
                            x_failed_sector_1024_block_1024)
                        y_failed_sector_1024_block_1024)
                    (or s_anyFailed_sector_1024_block_1024
                        y_failed_sector_1024_block_1024
                        x_failed_sector_1024_block_1024))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 1024)))
                 (- offset (mod offset 1024))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 1024)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 1024))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 1024)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 1024) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 1024)) a!24)
                 (+ a!26 (ite a!27 0 1024))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 1024) a!18)
                    (ite (< 0 a!18) (div a!18 1024) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 1024) 0)
       (= (mod length 1024) 0)
       (= maxBioBytes (* 1024 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-512-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_512_block_2048 () Int)
(declare-fun s_anyFailed_sector_512_block_2048 () Bool)
(declare-fun s_highestOkEnd_sector_512_block_2048 () Int)
(declare-fun x_end_sector_512_block_2048 () Int)
(declare-fun x_failed_sector_512_block_2048 () Bool)
(declare-fun x_start_sector_512_block_2048 () Int)
(declare-fun s_okBytes_sector_512_block_2048 () Int)
(declare-fun y_end_sector_512_block_2048 () Int)
(declare-fun y_failed_sector_512_block_2048 () Bool)
(declare-fun y_start_sector_512_block_2048 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (< y_start_sector_512_block_2048
              (ite (and x_failed_sector_512_block_2048
                        (< x_start_sector_512_block_2048
                           s_lowestFailedStart_sector_512_block_2048))
                   x_start_sector_512_block_2048
                   s_lowestFailedStart_sector_512_block_2048)))
      (a!5 (< x_start_sector_512_block_2048
              (ite (and y_failed_sector_512_block_2048
                        (< y_start_sector_512_block_2048
                           s_lowestFailedStart_sector_512_block_2048))
                   y_start_sector_512_block_2048
                   s_lowestFailedStart_sector_512_block_2048)))
      (a!7 (+ (+ s_okBytes_sector_512_block_2048
                 (ite (not x_failed_sector_512_block_2048)
                      (- x_end_sector_512_block_2048
                         x_start_sector_512_block_2048)
                      0))
              (ite (not y_failed_sector_512_block_2048)
                   (- y_end_sector_512_block_2048 y_start_sector_512_block_2048)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_512_block_2048)
                        (< s_highestOkEnd_sector_512_block_2048
                           x_end_sector_512_block_2048))
                   x_end_sector_512_block_2048
                   s_highestOkEnd_sector_512_block_2048)
              y_end_sector_512_block_2048))
      (a!11 (< (ite (and (not y_failed_sector_512_block_2048)
                         (< s_highestOkEnd_sector_512_block_2048
                            y_end_sector_512_block_2048))
                    y_end_sector_512_block_2048
                    s_highestOkEnd_sector_512_block_2048)
               x_end_sector_512_block_2048))
      (a!14 (= (ite (and x_failed_sector_512_block_2048
                         (< x_start_sector_512_block_2048
                            s_lowestFailedStart_sector_512_block_2048))
                    x_start_sector_512_block_2048
                    s_lowestFailedStart_sector_512_block_2048)
               (ite (and x_failed_sector_512_block_2048
                         (< x_start_sector_512_block_2048
                            s_lowestFailedStart_sector_512_block_2048))
                    x_start_sector_512_block_2048
                    s_lowestFailedStart_sector_512_block_2048)))
      (a!15 (= (+ s_okBytes_sector_512_block_2048
                  (ite (not x_failed_sector_512_block_2048)
                       (- x_end_sector_512_block_2048
                          x_start_sector_512_block_2048)
                       0))
               (+ s_okBytes_sector_512_block_2048
                  (ite (not x_failed_sector_512_block_2048)
                       (- x_end_sector_512_block_2048
                          x_start_sector_512_block_2048)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_512_block_2048)
                         (< s_highestOkEnd_sector_512_block_2048
                            x_end_sector_512_block_2048))
                    x_end_sector_512_block_2048
                    s_highestOkEnd_sector_512_block_2048)
               (ite (and (not x_failed_sector_512_block_2048)
                         (< s_highestOkEnd_sector_512_block_2048
                            x_end_sector_512_block_2048))
                    x_end_sector_512_block_2048
                    s_highestOkEnd_sector_512_block_2048)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_512_block_2048 offset))
                 (- s_lowestFailedStart_sector_512_block_2048 offset)
                 (ite (and s_anyFailed_sector_512_block_2048
                           (= s_lowestFailedStart_sector_512_block_2048 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (ite (and y_failed_sector_512_block_2048 a!3)
                y_start_sector_512_block_2048
                (ite (and x_failed_sector_512_block_2048
                          (< x_start_sector_512_block_2048
                             s_lowestFailedStart_sector_512_block_2048))
                     x_start_sector_512_block_2048
                     s_lowestFailedStart_sector_512_block_2048)))
      (a!6 (ite (and x_failed_sector_512_block_2048 a!5)
                x_start_sector_512_block_2048
                (ite (and y_failed_sector_512_block_2048
                          (< y_start_sector_512_block_2048
                             s_lowestFailedStart_sector_512_block_2048))
                     y_start_sector_512_block_2048
                     s_lowestFailedStart_sector_512_block_2048)))
      (a!8 (= a!7
              (+ s_okBytes_sector_512_block_2048
                 (ite (not y_failed_sector_512_block_2048)
                      (- y_end_sector_512_block_2048
                         y_start_sector_512_block_2048)
                      0)
                 (ite (not x_failed_sector_512_block_2048)
                      (- x_end_sector_512_block_2048
                         x_start_sector_512_block_2048)
                      0))))
      (a!10 (ite (and (not y_failed_sector_512_block_2048) a!9)
                 y_end_sector_512_block_2048
                 (ite (and (not x_failed_sector_512_block_2048)
                           (< s_highestOkEnd_sector_512_block_2048
                              x_end_sector_512_block_2048))
                      x_end_sector_512_block_2048
                      s_highestOkEnd_sector_512_block_2048)))
      (a!12 (ite (and (not x_failed_sector_512_block_2048) a!11)
                 x_end_sector_512_block_2048
                 (ite (and (not y_failed_sector_512_block_2048)
                           (< s_highestOkEnd_sector_512_block_2048
                              y_end_sector_512_block_2048))
                      y_end_sector_512_block_2048
                      s_highestOkEnd_sector_512_block_2048)))
      (a!17 (not (and (= (or s_anyFailed_sector_512_block_2048
                             x_failed_sector_512_block_2048)
                         (or s_anyFailed_sector_512_block_2048
                             x_failed_sector_512_block_2048))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 2048)) (ite (= (mod a!20 2048) 0) 0 2048))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_2048
                            x_failed_sector_512_block_2048)
                        y_failed_sector_512_block_2048)
                    (or s_anyFailed_sector_512_block_2048
                        y_failed_sector_512_block_2048
                        x_failed_sector_512_block_2048))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 2048)))
                 (- offset (mod offset 2048))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 2048)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 2048))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 2048)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 2048) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 2048)) a!24)
                 (+ a!26 (ite a!27 0 2048))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 512) a!18)
                    (ite (< 0 a!18) (div a!18 512) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (= maxBioBytes (* 512 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-1024-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_2048 () Int)
(declare-fun s_anyFailed_sector_1024_block_2048 () Bool)
(declare-fun s_highestOkEnd_sector_1024_block_2048 () Int)
(declare-fun x_end_sector_1024_block_2048 () Int)
(declare-fun x_failed_sector_1024_block_2048 () Bool)
(declare-fun x_start_sector_1024_block_2048 () Int)
(declare-fun s_okBytes_sector_1024_block_2048 () Int)
(declare-fun y_end_sector_1024_block_2048 () Int)
(declare-fun y_failed_sector_1024_block_2048 () Bool)
(declare-fun y_start_sector_1024_block_2048 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (< y_start_sector_1024_block_2048
              (ite (and x_failed_sector_1024_block_2048
                        (< x_start_sector_1024_block_2048
                           s_lowestFailedStart_sector_1024_block_2048))
                   x_start_sector_1024_block_2048
                   s_lowestFailedStart_sector_1024_block_2048)))
      (a!5 (< x_start_sector_1024_block_2048
              (ite (and y_failed_sector_1024_block_2048
                        (< y_start_sector_1024_block_2048
                           s_lowestFailedStart_sector_1024_block_2048))
                   y_start_sector_1024_block_2048
                   s_lowestFailedStart_sector_1024_block_2048)))
      (a!7 (+ (+ s_okBytes_sector_1024_block_2048
                 (ite (not x_failed_sector_1024_block_2048)
                      (- x_end_sector_1024_block_2048
                         x_start_sector_1024_block_2048)
                      0))
              (ite (not y_failed_sector_1024_block_2048)
                   (- y_end_sector_1024_block_2048
                      y_start_sector_1024_block_2048)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_1024_block_2048)
                        (< s_highestOkEnd_sector_1024_block_2048
                           x_end_sector_1024_block_2048))
                   x_end_sector_1024_block_2048
                   s_highestOkEnd_sector_1024_block_2048)
              y_end_sector_1024_block_2048))
      (a!11 (< (ite (and (not y_failed_sector_1024_block_2048)
                         (< s_highestOkEnd_sector_1024_block_2048
                            y_end_sector_1024_block_2048))
                    y_end_sector_1024_block_2048
                    s_highestOkEnd_sector_1024_block_2048)
               x_end_sector_1024_block_2048))
      (a!14 (= (ite (and x_failed_sector_1024_block_2048
                         (< x_start_sector_1024_block_2048
                            s_lowestFailedStart_sector_1024_block_2048))
                    x_start_sector_1024_block_2048
                    s_lowestFailedStart_sector_1024_block_2048)
               (ite (and x_failed_sector_1024_block_2048
                         (< x_start_sector_1024_block_2048
                            s_lowestFailedStart_sector_1024_block_2048))
                    x_start_sector_1024_block_2048
                    s_lowestFailedStart_sector_1024_block_2048)))
      (a!15 (= (+ s_okBytes_sector_1024_block_2048
                  (ite (not x_failed_sector_1024_block_2048)
                       (- x_end_sector_1024_block_2048
                          x_start_sector_1024_block_2048)
                       0))
               (+ s_okBytes_sector_1024_block_2048
                  (ite (not x_failed_sector_1024_block_2048)
                       (- x_end_sector_1024_block_2048
                          x_start_sector_1024_block_2048)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_1024_block_2048)
                         (< s_highestOkEnd_sector_1024_block_2048
                            x_end_sector_1024_block_2048))
                    x_end_sector_1024_block_2048
                    s_highestOkEnd_sector_1024_block_2048)
               (ite (and (not x_failed_sector_1024_block_2048)
                         (< s_highestOkEnd_sector_1024_block_2048
                            x_end_sector_1024_block_2048))
                    x_end_sector_1024_block_2048
                    s_highestOkEnd_sector_1024_block_2048)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_1024_block_2048 offset))
                 (- s_lowestFailedStart_sector_1024_block_2048 offset)
                 (ite (and s_anyFailed_sector_1024_block_2048
                           (= s_lowestFailedStart_sector_1024_block_2048 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (ite (and y_failed_sector_1024_block_2048 a!3)
                y_start_sector_1024_block_2048
                (ite (and x_failed_sector_1024_block_2048
                          (< x_start_sector_1024_block_2048
                             s_lowestFailedStart_sector_1024_block_2048))
                     x_start_sector_1024_block_2048
                     s_lowestFailedStart_sector_1024_block_2048)))
      (a!6 (ite (and x_failed_sector_1024_block_2048 a!5)
                x_start_sector_1024_block_2048
                (ite (and y_failed_sector_1024_block_2048
                          (< y_start_sector_1024_block_2048
                             s_lowestFailedStart_sector_1024_block_2048))
                     y_start_sector_1024_block_2048
                     s_lowestFailedStart_sector_1024_block_2048)))
      (a!8 (= a!7
              (+ s_okBytes_sector_1024_block_2048
                 (ite (not y_failed_sector_1024_block_2048)
                      (- y_end_sector_1024_block_2048
                         y_start_sector_1024_block_2048)
                      0)
                 (ite (not x_failed_sector_1024_block_2048)
                      (- x_end_sector_1024_block_2048
                         x_start_sector_1024_block_2048)
                      0))))
      (a!10 (ite (and (not y_failed_sector_1024_block_2048) a!9)
                 y_end_sector_1024_block_2048
                 (ite (and (not x_failed_sector_1024_block_2048)
                           (< s_highestOkEnd_sector_1024_block_2048
                              x_end_sector_1024_block_2048))
                      x_end_sector_1024_block_2048
                      s_highestOkEnd_sector_1024_block_2048)))
      (a!12 (ite (and (not x_failed_sector_1024_block_2048) a!11)
                 x_end_sector_1024_block_2048
                 (ite (and (not y_failed_sector_1024_block_2048)
                           (< s_highestOkEnd_sector_1024_block_2048
                              y_end_sector_1024_block_2048))
                      y_end_sector_1024_block_2048
                      s_highestOkEnd_sector_1024_block_2048)))
      (a!17 (not (and (= (or s_anyFailed_sector_1024_block_2048
                             x_failed_sector_1024_block_2048)
                         (or s_anyFailed_sector_1024_block_2048
                             x_failed_sector_1024_block_2048))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 2048)) (ite (= (mod a!20 2048) 0) 0 2048))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_2048
                            x_failed_sector_1024_block_2048)
                        y_failed_sector_1024_block_2048)
                    (or s_anyFailed_sector_1024_block_2048
                        y_failed_sector_1024_block_2048
                        x_failed_sector_1024_block_2048))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 2048)))
                 (- offset (mod offset 2048))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 2048)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 2048))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 2048)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 2048) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 2048)) a!24)
                 (+ a!26 (ite a!27 0 2048))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 1024) a!18)
                    (ite (< 0 a!18) (div a!18 1024) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 1024) 0)
       (= (mod length 1024) 0)
       (= maxBioBytes (* 1024 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-2048-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_2048 () Int)
(declare-fun s_anyFailed_sector_2048_block_2048 () Bool)
(declare-fun s_highestOkEnd_sector_2048_block_2048 () Int)
(declare-fun x_end_sector_2048_block_2048 () Int)
(declare-fun x_failed_sector_2048_block_2048 () Bool)
(declare-fun x_start_sector_2048_block_2048 () Int)
(declare-fun s_okBytes_sector_2048_block_2048 () Int)
(declare-fun y_end_sector_2048_block_2048 () Int)
(declare-fun y_failed_sector_2048_block_2048 () Bool)
(declare-fun y_start_sector_2048_block_2048 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (< y_start_sector_2048_block_2048
              (ite (and x_failed_sector_2048_block_2048
                        (< x_start_sector_2048_block_2048
                           s_lowestFailedStart_sector_2048_block_2048))
                   x_start_sector_2048_block_2048
                   s_lowestFailedStart_sector_2048_block_2048)))
      (a!5 (< x_start_sector_2048_block_2048
              (ite (and y_failed_sector_2048_block_2048
                        (< y_start_sector_2048_block_2048
                           s_lowestFailedStart_sector_2048_block_2048))
                   y_start_sector_2048_block_2048
                   s_lowestFailedStart_sector_2048_block_2048)))
      (a!7 (+ (+ s_okBytes_sector_2048_block_2048
                 (ite (not x_failed_sector_2048_block_2048)
                      (- x_end_sector_2048_block_2048
                         x_start_sector_2048_block_2048)
                      0))
              (ite (not y_failed_sector_2048_block_2048)
                   (- y_end_sector_2048_block_2048
                      y_start_sector_2048_block_2048)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_2048_block_2048)
                        (< s_highestOkEnd_sector_2048_block_2048
                           x_end_sector_2048_block_2048))
                   x_end_sector_2048_block_2048
                   s_highestOkEnd_sector_2048_block_2048)
              y_end_sector_2048_block_2048))
      (a!11 (< (ite (and (not y_failed_sector_2048_block_2048)
                         (< s_highestOkEnd_sector_2048_block_2048
                            y_end_sector_2048_block_2048))
                    y_end_sector_2048_block_2048
                    s_highestOkEnd_sector_2048_block_2048)
               x_end_sector_2048_block_2048))
      (a!14 (= (ite (and x_failed_sector_2048_block_2048
                         (< x_start_sector_2048_block_2048
                            s_lowestFailedStart_sector_2048_block_2048))
                    x_start_sector_2048_block_2048
                    s_lowestFailedStart_sector_2048_block_2048)
               (ite (and x_failed_sector_2048_block_2048
                         (< x_start_sector_2048_block_2048
                            s_lowestFailedStart_sector_2048_block_2048))
                    x_start_sector_2048_block_2048
                    s_lowestFailedStart_sector_2048_block_2048)))
      (a!15 (= (+ s_okBytes_sector_2048_block_2048
                  (ite (not x_failed_sector_2048_block_2048)
                       (- x_end_sector_2048_block_2048
                          x_start_sector_2048_block_2048)
                       0))
               (+ s_okBytes_sector_2048_block_2048
                  (ite (not x_failed_sector_2048_block_2048)
                       (- x_end_sector_2048_block_2048
                          x_start_sector_2048_block_2048)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_2048_block_2048)
                         (< s_highestOkEnd_sector_2048_block_2048
                            x_end_sector_2048_block_2048))
                    x_end_sector_2048_block_2048
                    s_highestOkEnd_sector_2048_block_2048)
               (ite (and (not x_failed_sector_2048_block_2048)
                         (< s_highestOkEnd_sector_2048_block_2048
                            x_end_sector_2048_block_2048))
                    x_end_sector_2048_block_2048
                    s_highestOkEnd_sector_2048_block_2048)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_2048_block_2048 offset))
                 (- s_lowestFailedStart_sector_2048_block_2048 offset)
                 (ite (and s_anyFailed_sector_2048_block_2048
                           (= s_lowestFailedStart_sector_2048_block_2048 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (ite (and y_failed_sector_2048_block_2048 a!3)
                y_start_sector_2048_block_2048
                (ite (and x_failed_sector_2048_block_2048
                          (< x_start_sector_2048_block_2048
                             s_lowestFailedStart_sector_2048_block_2048))
                     x_start_sector_2048_block_2048
                     s_lowestFailedStart_sector_2048_block_2048)))
      (a!6 (ite (and x_failed_sector_2048_block_2048 a!5)
                x_start_sector_2048_block_2048
                (ite (and y_failed_sector_2048_block_2048
                          (< y_start_sector_2048_block_2048
                             s_lowestFailedStart_sector_2048_block_2048))
                     y_start_sector_2048_block_2048
                     s_lowestFailedStart_sector_2048_block_2048)))
      (a!8 (= a!7
              (+ s_okBytes_sector_2048_block_2048
                 (ite (not y_failed_sector_2048_block_2048)
                      (- y_end_sector_2048_block_2048
                         y_start_sector_2048_block_2048)
                      0)
                 (ite (not x_failed_sector_2048_block_2048)
                      (- x_end_sector_2048_block_2048
                         x_start_sector_2048_block_2048)
                      0))))
      (a!10 (ite (and (not y_failed_sector_2048_block_2048) a!9)
                 y_end_sector_2048_block_2048
                 (ite (and (not x_failed_sector_2048_block_2048)
                           (< s_highestOkEnd_sector_2048_block_2048
                              x_end_sector_2048_block_2048))
                      x_end_sector_2048_block_2048
                      s_highestOkEnd_sector_2048_block_2048)))
      (a!12 (ite (and (not x_failed_sector_2048_block_2048) a!11)
                 x_end_sector_2048_block_2048
                 (ite (and (not y_failed_sector_2048_block_2048)
                           (< s_highestOkEnd_sector_2048_block_2048
                              y_end_sector_2048_block_2048))
                      y_end_sector_2048_block_2048
                      s_highestOkEnd_sector_2048_block_2048)))
      (a!17 (not (and (= (or s_anyFailed_sector_2048_block_2048
                             x_failed_sector_2048_block_2048)
                         (or s_anyFailed_sector_2048_block_2048
                             x_failed_sector_2048_block_2048))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 2048)) (ite (= (mod a!20 2048) 0) 0 2048))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_2048
                            x_failed_sector_2048_block_2048)
                        y_failed_sector_2048_block_2048)
                    (or s_anyFailed_sector_2048_block_2048
                        y_failed_sector_2048_block_2048
                        x_failed_sector_2048_block_2048))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 2048)))
                 (- offset (mod offset 2048))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 2048)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 2048))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 2048)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 2048) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 2048)) a!24)
                 (+ a!26 (ite a!27 0 2048))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 2048) a!18)
                    (ite (< 0 a!18) (div a!18 2048) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 2048) 0)
       (= (mod length 2048) 0)
       (= maxBioBytes (* 2048 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-512-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_512_block_4096 () Int)
(declare-fun s_anyFailed_sector_512_block_4096 () Bool)
(declare-fun s_highestOkEnd_sector_512_block_4096 () Int)
(declare-fun x_end_sector_512_block_4096 () Int)
(declare-fun x_failed_sector_512_block_4096 () Bool)
(declare-fun x_start_sector_512_block_4096 () Int)
(declare-fun s_okBytes_sector_512_block_4096 () Int)
(declare-fun y_end_sector_512_block_4096 () Int)
(declare-fun y_failed_sector_512_block_4096 () Bool)
(declare-fun y_start_sector_512_block_4096 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (< y_start_sector_512_block_4096
              (ite (and x_failed_sector_512_block_4096
                        (< x_start_sector_512_block_4096
                           s_lowestFailedStart_sector_512_block_4096))
                   x_start_sector_512_block_4096
                   s_lowestFailedStart_sector_512_block_4096)))
      (a!5 (< x_start_sector_512_block_4096
              (ite (and y_failed_sector_512_block_4096
                        (< y_start_sector_512_block_4096
                           s_lowestFailedStart_sector_512_block_4096))
                   y_start_sector_512_block_4096
                   s_lowestFailedStart_sector_512_block_4096)))
      (a!7 (+ (+ s_okBytes_sector_512_block_4096
                 (ite (not x_failed_sector_512_block_4096)
                      (- x_end_sector_512_block_4096
                         x_start_sector_512_block_4096)
                      0))
              (ite (not y_failed_sector_512_block_4096)
                   (- y_end_sector_512_block_4096 y_start_sector_512_block_4096)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_512_block_4096)
                        (< s_highestOkEnd_sector_512_block_4096
                           x_end_sector_512_block_4096))
                   x_end_sector_512_block_4096
                   s_highestOkEnd_sector_512_block_4096)
              y_end_sector_512_block_4096))
      (a!11 (< (ite (and (not y_failed_sector_512_block_4096)
                         (< s_highestOkEnd_sector_512_block_4096
                            y_end_sector_512_block_4096))
                    y_end_sector_512_block_4096
                    s_highestOkEnd_sector_512_block_4096)
               x_end_sector_512_block_4096))
      (a!14 (= (ite (and x_failed_sector_512_block_4096
                         (< x_start_sector_512_block_4096
                            s_lowestFailedStart_sector_512_block_4096))
                    x_start_sector_512_block_4096
                    s_lowestFailedStart_sector_512_block_4096)
               (ite (and x_failed_sector_512_block_4096
                         (< x_start_sector_512_block_4096
                            s_lowestFailedStart_sector_512_block_4096))
                    x_start_sector_512_block_4096
                    s_lowestFailedStart_sector_512_block_4096)))
      (a!15 (= (+ s_okBytes_sector_512_block_4096
                  (ite (not x_failed_sector_512_block_4096)
                       (- x_end_sector_512_block_4096
                          x_start_sector_512_block_4096)
                       0))
               (+ s_okBytes_sector_512_block_4096
                  (ite (not x_failed_sector_512_block_4096)
                       (- x_end_sector_512_block_4096
                          x_start_sector_512_block_4096)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_512_block_4096)
                         (< s_highestOkEnd_sector_512_block_4096
                            x_end_sector_512_block_4096))
                    x_end_sector_512_block_4096
                    s_highestOkEnd_sector_512_block_4096)
               (ite (and (not x_failed_sector_512_block_4096)
                         (< s_highestOkEnd_sector_512_block_4096
                            x_end_sector_512_block_4096))
                    x_end_sector_512_block_4096
                    s_highestOkEnd_sector_512_block_4096)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_512_block_4096 offset))
                 (- s_lowestFailedStart_sector_512_block_4096 offset)
                 (ite (and s_anyFailed_sector_512_block_4096
                           (= s_lowestFailedStart_sector_512_block_4096 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (ite (and y_failed_sector_512_block_4096 a!3)
                y_start_sector_512_block_4096
                (ite (and x_failed_sector_512_block_4096
                          (< x_start_sector_512_block_4096
                             s_lowestFailedStart_sector_512_block_4096))
                     x_start_sector_512_block_4096
                     s_lowestFailedStart_sector_512_block_4096)))
      (a!6 (ite (and x_failed_sector_512_block_4096 a!5)
                x_start_sector_512_block_4096
                (ite (and y_failed_sector_512_block_4096
                          (< y_start_sector_512_block_4096
                             s_lowestFailedStart_sector_512_block_4096))
                     y_start_sector_512_block_4096
                     s_lowestFailedStart_sector_512_block_4096)))
      (a!8 (= a!7
              (+ s_okBytes_sector_512_block_4096
                 (ite (not y_failed_sector_512_block_4096)
                      (- y_end_sector_512_block_4096
                         y_start_sector_512_block_4096)
                      0)
                 (ite (not x_failed_sector_512_block_4096)
                      (- x_end_sector_512_block_4096
                         x_start_sector_512_block_4096)
                      0))))
      (a!10 (ite (and (not y_failed_sector_512_block_4096) a!9)
                 y_end_sector_512_block_4096
                 (ite (and (not x_failed_sector_512_block_4096)
                           (< s_highestOkEnd_sector_512_block_4096
                              x_end_sector_512_block_4096))
                      x_end_sector_512_block_4096
                      s_highestOkEnd_sector_512_block_4096)))
      (a!12 (ite (and (not x_failed_sector_512_block_4096) a!11)
                 x_end_sector_512_block_4096
                 (ite (and (not y_failed_sector_512_block_4096)
                           (< s_highestOkEnd_sector_512_block_4096
                              y_end_sector_512_block_4096))
                      y_end_sector_512_block_4096
                      s_highestOkEnd_sector_512_block_4096)))
      (a!17 (not (and (= (or s_anyFailed_sector_512_block_4096
                             x_failed_sector_512_block_4096)
                         (or s_anyFailed_sector_512_block_4096
                             x_failed_sector_512_block_4096))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 4096)) (ite (= (mod a!20 4096) 0) 0 4096))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_4096
                            x_failed_sector_512_block_4096)
                        y_failed_sector_512_block_4096)
                    (or s_anyFailed_sector_512_block_4096
                        y_failed_sector_512_block_4096
                        x_failed_sector_512_block_4096))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 4096)))
                 (- offset (mod offset 4096))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 4096)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 4096))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 4096)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 4096) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 4096)) a!24)
                 (+ a!26 (ite a!27 0 4096))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 512) a!18)
                    (ite (< 0 a!18) (div a!18 512) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (= maxBioBytes (* 512 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-1024-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_4096 () Int)
(declare-fun s_anyFailed_sector_1024_block_4096 () Bool)
(declare-fun s_highestOkEnd_sector_1024_block_4096 () Int)
(declare-fun x_end_sector_1024_block_4096 () Int)
(declare-fun x_failed_sector_1024_block_4096 () Bool)
(declare-fun x_start_sector_1024_block_4096 () Int)
(declare-fun s_okBytes_sector_1024_block_4096 () Int)
(declare-fun y_end_sector_1024_block_4096 () Int)
(declare-fun y_failed_sector_1024_block_4096 () Bool)
(declare-fun y_start_sector_1024_block_4096 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (< y_start_sector_1024_block_4096
              (ite (and x_failed_sector_1024_block_4096
                        (< x_start_sector_1024_block_4096
                           s_lowestFailedStart_sector_1024_block_4096))
                   x_start_sector_1024_block_4096
                   s_lowestFailedStart_sector_1024_block_4096)))
      (a!5 (< x_start_sector_1024_block_4096
              (ite (and y_failed_sector_1024_block_4096
                        (< y_start_sector_1024_block_4096
                           s_lowestFailedStart_sector_1024_block_4096))
                   y_start_sector_1024_block_4096
                   s_lowestFailedStart_sector_1024_block_4096)))
      (a!7 (+ (+ s_okBytes_sector_1024_block_4096
                 (ite (not x_failed_sector_1024_block_4096)
                      (- x_end_sector_1024_block_4096
                         x_start_sector_1024_block_4096)
                      0))
              (ite (not y_failed_sector_1024_block_4096)
                   (- y_end_sector_1024_block_4096
                      y_start_sector_1024_block_4096)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_1024_block_4096)
                        (< s_highestOkEnd_sector_1024_block_4096
                           x_end_sector_1024_block_4096))
                   x_end_sector_1024_block_4096
                   s_highestOkEnd_sector_1024_block_4096)
              y_end_sector_1024_block_4096))
      (a!11 (< (ite (and (not y_failed_sector_1024_block_4096)
                         (< s_highestOkEnd_sector_1024_block_4096
                            y_end_sector_1024_block_4096))
                    y_end_sector_1024_block_4096
                    s_highestOkEnd_sector_1024_block_4096)
               x_end_sector_1024_block_4096))
      (a!14 (= (ite (and x_failed_sector_1024_block_4096
                         (< x_start_sector_1024_block_4096
                            s_lowestFailedStart_sector_1024_block_4096))
                    x_start_sector_1024_block_4096
                    s_lowestFailedStart_sector_1024_block_4096)
               (ite (and x_failed_sector_1024_block_4096
                         (< x_start_sector_1024_block_4096
                            s_lowestFailedStart_sector_1024_block_4096))
                    x_start_sector_1024_block_4096
                    s_lowestFailedStart_sector_1024_block_4096)))
      (a!15 (= (+ s_okBytes_sector_1024_block_4096
                  (ite (not x_failed_sector_1024_block_4096)
                       (- x_end_sector_1024_block_4096
                          x_start_sector_1024_block_4096)
                       0))
               (+ s_okBytes_sector_1024_block_4096
                  (ite (not x_failed_sector_1024_block_4096)
                       (- x_end_sector_1024_block_4096
                          x_start_sector_1024_block_4096)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_1024_block_4096)
                         (< s_highestOkEnd_sector_1024_block_4096
                            x_end_sector_1024_block_4096))
                    x_end_sector_1024_block_4096
                    s_highestOkEnd_sector_1024_block_4096)
               (ite (and (not x_failed_sector_1024_block_4096)
                         (< s_highestOkEnd_sector_1024_block_4096
                            x_end_sector_1024_block_4096))
                    x_end_sector_1024_block_4096
                    s_highestOkEnd_sector_1024_block_4096)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_1024_block_4096 offset))
                 (- s_lowestFailedStart_sector_1024_block_4096 offset)
                 (ite (and s_anyFailed_sector_1024_block_4096
                           (= s_lowestFailedStart_sector_1024_block_4096 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (ite (and y_failed_sector_1024_block_4096 a!3)
                y_start_sector_1024_block_4096
                (ite (and x_failed_sector_1024_block_4096
                          (< x_start_sector_1024_block_4096
                             s_lowestFailedStart_sector_1024_block_4096))
                     x_start_sector_1024_block_4096
                     s_lowestFailedStart_sector_1024_block_4096)))
      (a!6 (ite (and x_failed_sector_1024_block_4096 a!5)
                x_start_sector_1024_block_4096
                (ite (and y_failed_sector_1024_block_4096
                          (< y_start_sector_1024_block_4096
                             s_lowestFailedStart_sector_1024_block_4096))
                     y_start_sector_1024_block_4096
                     s_lowestFailedStart_sector_1024_block_4096)))
      (a!8 (= a!7
              (+ s_okBytes_sector_1024_block_4096
                 (ite (not y_failed_sector_1024_block_4096)
                      (- y_end_sector_1024_block_4096
                         y_start_sector_1024_block_4096)
                      0)
                 (ite (not x_failed_sector_1024_block_4096)
                      (- x_end_sector_1024_block_4096
                         x_start_sector_1024_block_4096)
                      0))))
      (a!10 (ite (and (not y_failed_sector_1024_block_4096) a!9)
                 y_end_sector_1024_block_4096
                 (ite (and (not x_failed_sector_1024_block_4096)
                           (< s_highestOkEnd_sector_1024_block_4096
                              x_end_sector_1024_block_4096))
                      x_end_sector_1024_block_4096
                      s_highestOkEnd_sector_1024_block_4096)))
      (a!12 (ite (and (not x_failed_sector_1024_block_4096) a!11)
                 x_end_sector_1024_block_4096
                 (ite (and (not y_failed_sector_1024_block_4096)
                           (< s_highestOkEnd_sector_1024_block_4096
                              y_end_sector_1024_block_4096))
                      y_end_sector_1024_block_4096
                      s_highestOkEnd_sector_1024_block_4096)))
      (a!17 (not (and (= (or s_anyFailed_sector_1024_block_4096
                             x_failed_sector_1024_block_4096)
                         (or s_anyFailed_sector_1024_block_4096
                             x_failed_sector_1024_block_4096))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 4096)) (ite (= (mod a!20 4096) 0) 0 4096))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_4096
                            x_failed_sector_1024_block_4096)
                        y_failed_sector_1024_block_4096)
                    (or s_anyFailed_sector_1024_block_4096
                        y_failed_sector_1024_block_4096
                        x_failed_sector_1024_block_4096))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 4096)))
                 (- offset (mod offset 4096))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 4096)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 4096))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 4096)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 4096) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 4096)) a!24)
                 (+ a!26 (ite a!27 0 4096))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 1024) a!18)
                    (ite (< 0 a!18) (div a!18 1024) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 1024) 0)
       (= (mod length 1024) 0)
       (= maxBioBytes (* 1024 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-2048-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_4096 () Int)
(declare-fun s_anyFailed_sector_2048_block_4096 () Bool)
(declare-fun s_highestOkEnd_sector_2048_block_4096 () Int)
(declare-fun x_end_sector_2048_block_4096 () Int)
(declare-fun x_failed_sector_2048_block_4096 () Bool)
(declare-fun x_start_sector_2048_block_4096 () Int)
(declare-fun s_okBytes_sector_2048_block_4096 () Int)
(declare-fun y_end_sector_2048_block_4096 () Int)
(declare-fun y_failed_sector_2048_block_4096 () Bool)
(declare-fun y_start_sector_2048_block_4096 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (< y_start_sector_2048_block_4096
              (ite (and x_failed_sector_2048_block_4096
                        (< x_start_sector_2048_block_4096
                           s_lowestFailedStart_sector_2048_block_4096))
                   x_start_sector_2048_block_4096
                   s_lowestFailedStart_sector_2048_block_4096)))
      (a!5 (< x_start_sector_2048_block_4096
              (ite (and y_failed_sector_2048_block_4096
                        (< y_start_sector_2048_block_4096
                           s_lowestFailedStart_sector_2048_block_4096))
                   y_start_sector_2048_block_4096
                   s_lowestFailedStart_sector_2048_block_4096)))
      (a!7 (+ (+ s_okBytes_sector_2048_block_4096
                 (ite (not x_failed_sector_2048_block_4096)
                      (- x_end_sector_2048_block_4096
                         x_start_sector_2048_block_4096)
                      0))
              (ite (not y_failed_sector_2048_block_4096)
                   (- y_end_sector_2048_block_4096
                      y_start_sector_2048_block_4096)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_2048_block_4096)
                        (< s_highestOkEnd_sector_2048_block_4096
                           x_end_sector_2048_block_4096))
                   x_end_sector_2048_block_4096
                   s_highestOkEnd_sector_2048_block_4096)
              y_end_sector_2048_block_4096))
      (a!11 (< (ite (and (not y_failed_sector_2048_block_4096)
                         (< s_highestOkEnd_sector_2048_block_4096
                            y_end_sector_2048_block_4096))
                    y_end_sector_2048_block_4096
                    s_highestOkEnd_sector_2048_block_4096)
               x_end_sector_2048_block_4096))
      (a!14 (= (ite (and x_failed_sector_2048_block_4096
                         (< x_start_sector_2048_block_4096
                            s_lowestFailedStart_sector_2048_block_4096))
                    x_start_sector_2048_block_4096
                    s_lowestFailedStart_sector_2048_block_4096)
               (ite (and x_failed_sector_2048_block_4096
                         (< x_start_sector_2048_block_4096
                            s_lowestFailedStart_sector_2048_block_4096))
                    x_start_sector_2048_block_4096
                    s_lowestFailedStart_sector_2048_block_4096)))
      (a!15 (= (+ s_okBytes_sector_2048_block_4096
                  (ite (not x_failed_sector_2048_block_4096)
                       (- x_end_sector_2048_block_4096
                          x_start_sector_2048_block_4096)
                       0))
               (+ s_okBytes_sector_2048_block_4096
                  (ite (not x_failed_sector_2048_block_4096)
                       (- x_end_sector_2048_block_4096
                          x_start_sector_2048_block_4096)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_2048_block_4096)
                         (< s_highestOkEnd_sector_2048_block_4096
                            x_end_sector_2048_block_4096))
                    x_end_sector_2048_block_4096
                    s_highestOkEnd_sector_2048_block_4096)
               (ite (and (not x_failed_sector_2048_block_4096)
                         (< s_highestOkEnd_sector_2048_block_4096
                            x_end_sector_2048_block_4096))
                    x_end_sector_2048_block_4096
                    s_highestOkEnd_sector_2048_block_4096)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_2048_block_4096 offset))
                 (- s_lowestFailedStart_sector_2048_block_4096 offset)
                 (ite (and s_anyFailed_sector_2048_block_4096
                           (= s_lowestFailedStart_sector_2048_block_4096 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (ite (and y_failed_sector_2048_block_4096 a!3)
                y_start_sector_2048_block_4096
                (ite (and x_failed_sector_2048_block_4096
                          (< x_start_sector_2048_block_4096
                             s_lowestFailedStart_sector_2048_block_4096))
                     x_start_sector_2048_block_4096
                     s_lowestFailedStart_sector_2048_block_4096)))
      (a!6 (ite (and x_failed_sector_2048_block_4096 a!5)
                x_start_sector_2048_block_4096
                (ite (and y_failed_sector_2048_block_4096
                          (< y_start_sector_2048_block_4096
                             s_lowestFailedStart_sector_2048_block_4096))
                     y_start_sector_2048_block_4096
                     s_lowestFailedStart_sector_2048_block_4096)))
      (a!8 (= a!7
              (+ s_okBytes_sector_2048_block_4096
                 (ite (not y_failed_sector_2048_block_4096)
                      (- y_end_sector_2048_block_4096
                         y_start_sector_2048_block_4096)
                      0)
                 (ite (not x_failed_sector_2048_block_4096)
                      (- x_end_sector_2048_block_4096
                         x_start_sector_2048_block_4096)
                      0))))
      (a!10 (ite (and (not y_failed_sector_2048_block_4096) a!9)
                 y_end_sector_2048_block_4096
                 (ite (and (not x_failed_sector_2048_block_4096)
                           (< s_highestOkEnd_sector_2048_block_4096
                              x_end_sector_2048_block_4096))
                      x_end_sector_2048_block_4096
                      s_highestOkEnd_sector_2048_block_4096)))
      (a!12 (ite (and (not x_failed_sector_2048_block_4096) a!11)
                 x_end_sector_2048_block_4096
                 (ite (and (not y_failed_sector_2048_block_4096)
                           (< s_highestOkEnd_sector_2048_block_4096
                              y_end_sector_2048_block_4096))
                      y_end_sector_2048_block_4096
                      s_highestOkEnd_sector_2048_block_4096)))
      (a!17 (not (and (= (or s_anyFailed_sector_2048_block_4096
                             x_failed_sector_2048_block_4096)
                         (or s_anyFailed_sector_2048_block_4096
                             x_failed_sector_2048_block_4096))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 4096)) (ite (= (mod a!20 4096) 0) 0 4096))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_4096
                            x_failed_sector_2048_block_4096)
                        y_failed_sector_2048_block_4096)
                    (or s_anyFailed_sector_2048_block_4096
                        y_failed_sector_2048_block_4096
                        x_failed_sector_2048_block_4096))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 4096)))
                 (- offset (mod offset 4096))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 4096)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 4096))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 4096)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 4096) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 4096)) a!24)
                 (+ a!26 (ite a!27 0 4096))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 2048) a!18)
                    (ite (< 0 a!18) (div a!18 2048) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 2048) 0)
       (= (mod length 2048) 0)
       (= maxBioBytes (* 2048 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-4096-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_4096_block_4096 () Int)
(declare-fun s_anyFailed_sector_4096_block_4096 () Bool)
(declare-fun s_highestOkEnd_sector_4096_block_4096 () Int)
(declare-fun x_end_sector_4096_block_4096 () Int)
(declare-fun x_failed_sector_4096_block_4096 () Bool)
(declare-fun x_start_sector_4096_block_4096 () Int)
(declare-fun s_okBytes_sector_4096_block_4096 () Int)
(declare-fun y_end_sector_4096_block_4096 () Int)
(declare-fun y_failed_sector_4096_block_4096 () Bool)
(declare-fun y_start_sector_4096_block_4096 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (< y_start_sector_4096_block_4096
              (ite (and x_failed_sector_4096_block_4096
                        (< x_start_sector_4096_block_4096
                           s_lowestFailedStart_sector_4096_block_4096))
                   x_start_sector_4096_block_4096
                   s_lowestFailedStart_sector_4096_block_4096)))
      (a!5 (< x_start_sector_4096_block_4096
              (ite (and y_failed_sector_4096_block_4096
                        (< y_start_sector_4096_block_4096
                           s_lowestFailedStart_sector_4096_block_4096))
                   y_start_sector_4096_block_4096
                   s_lowestFailedStart_sector_4096_block_4096)))
      (a!7 (+ (+ s_okBytes_sector_4096_block_4096
                 (ite (not x_failed_sector_4096_block_4096)
                      (- x_end_sector_4096_block_4096
                         x_start_sector_4096_block_4096)
                      0))
              (ite (not y_failed_sector_4096_block_4096)
                   (- y_end_sector_4096_block_4096
                      y_start_sector_4096_block_4096)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_4096_block_4096)
                        (< s_highestOkEnd_sector_4096_block_4096
                           x_end_sector_4096_block_4096))
                   x_end_sector_4096_block_4096
                   s_highestOkEnd_sector_4096_block_4096)
              y_end_sector_4096_block_4096))
      (a!11 (< (ite (and (not y_failed_sector_4096_block_4096)
                         (< s_highestOkEnd_sector_4096_block_4096
                            y_end_sector_4096_block_4096))
                    y_end_sector_4096_block_4096
                    s_highestOkEnd_sector_4096_block_4096)
               x_end_sector_4096_block_4096))
      (a!14 (= (ite (and x_failed_sector_4096_block_4096
                         (< x_start_sector_4096_block_4096
                            s_lowestFailedStart_sector_4096_block_4096))
                    x_start_sector_4096_block_4096
                    s_lowestFailedStart_sector_4096_block_4096)
               (ite (and x_failed_sector_4096_block_4096
                         (< x_start_sector_4096_block_4096
                            s_lowestFailedStart_sector_4096_block_4096))
                    x_start_sector_4096_block_4096
                    s_lowestFailedStart_sector_4096_block_4096)))
      (a!15 (= (+ s_okBytes_sector_4096_block_4096
                  (ite (not x_failed_sector_4096_block_4096)
                       (- x_end_sector_4096_block_4096
                          x_start_sector_4096_block_4096)
                       0))
               (+ s_okBytes_sector_4096_block_4096
                  (ite (not x_failed_sector_4096_block_4096)
                       (- x_end_sector_4096_block_4096
                          x_start_sector_4096_block_4096)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_4096_block_4096)
                         (< s_highestOkEnd_sector_4096_block_4096
                            x_end_sector_4096_block_4096))
                    x_end_sector_4096_block_4096
                    s_highestOkEnd_sector_4096_block_4096)
               (ite (and (not x_failed_sector_4096_block_4096)
                         (< s_highestOkEnd_sector_4096_block_4096
                            x_end_sector_4096_block_4096))
                    x_end_sector_4096_block_4096
                    s_highestOkEnd_sector_4096_block_4096)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_4096_block_4096 offset))
                 (- s_lowestFailedStart_sector_4096_block_4096 offset)
                 (ite (and s_anyFailed_sector_4096_block_4096
                           (= s_lowestFailedStart_sector_4096_block_4096 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (ite (and y_failed_sector_4096_block_4096 a!3)
                y_start_sector_4096_block_4096
                (ite (and x_failed_sector_4096_block_4096
                          (< x_start_sector_4096_block_4096
                             s_lowestFailedStart_sector_4096_block_4096))
                     x_start_sector_4096_block_4096
                     s_lowestFailedStart_sector_4096_block_4096)))
      (a!6 (ite (and x_failed_sector_4096_block_4096 a!5)
                x_start_sector_4096_block_4096
                (ite (and y_failed_sector_4096_block_4096
                          (< y_start_sector_4096_block_4096
                             s_lowestFailedStart_sector_4096_block_4096))
                     y_start_sector_4096_block_4096
                     s_lowestFailedStart_sector_4096_block_4096)))
      (a!8 (= a!7
              (+ s_okBytes_sector_4096_block_4096
                 (ite (not y_failed_sector_4096_block_4096)
                      (- y_end_sector_4096_block_4096
                         y_start_sector_4096_block_4096)
                      0)
                 (ite (not x_failed_sector_4096_block_4096)
                      (- x_end_sector_4096_block_4096
                         x_start_sector_4096_block_4096)
                      0))))
      (a!10 (ite (and (not y_failed_sector_4096_block_4096) a!9)
                 y_end_sector_4096_block_4096
                 (ite (and (not x_failed_sector_4096_block_4096)
                           (< s_highestOkEnd_sector_4096_block_4096
                              x_end_sector_4096_block_4096))
                      x_end_sector_4096_block_4096
                      s_highestOkEnd_sector_4096_block_4096)))
      (a!12 (ite (and (not x_failed_sector_4096_block_4096) a!11)
                 x_end_sector_4096_block_4096
                 (ite (and (not y_failed_sector_4096_block_4096)
                           (< s_highestOkEnd_sector_4096_block_4096
                              y_end_sector_4096_block_4096))
                      y_end_sector_4096_block_4096
                      s_highestOkEnd_sector_4096_block_4096)))
      (a!17 (not (and (= (or s_anyFailed_sector_4096_block_4096
                             x_failed_sector_4096_block_4096)
                         (or s_anyFailed_sector_4096_block_4096
                             x_failed_sector_4096_block_4096))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 4096)) (ite (= (mod a!20 4096) 0) 0 4096))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_4096_block_4096
                            x_failed_sector_4096_block_4096)
                        y_failed_sector_4096_block_4096)
                    (or s_anyFailed_sector_4096_block_4096
                        y_failed_sector_4096_block_4096
                        x_failed_sector_4096_block_4096))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 4096)))
                 (- offset (mod offset 4096))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 4096)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 4096))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 4096)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 4096) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 4096)) a!24)
                 (+ a!26 (ite a!27 0 4096))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 4096) a!18)
                    (ite (< 0 a!18) (div a!18 4096) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (= maxBioBytes (* 4096 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-512-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_512_block_8192 () Int)
(declare-fun s_anyFailed_sector_512_block_8192 () Bool)
(declare-fun s_highestOkEnd_sector_512_block_8192 () Int)
(declare-fun x_end_sector_512_block_8192 () Int)
(declare-fun x_failed_sector_512_block_8192 () Bool)
(declare-fun x_start_sector_512_block_8192 () Int)
(declare-fun s_okBytes_sector_512_block_8192 () Int)
(declare-fun y_end_sector_512_block_8192 () Int)
(declare-fun y_failed_sector_512_block_8192 () Bool)
(declare-fun y_start_sector_512_block_8192 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (< y_start_sector_512_block_8192
              (ite (and x_failed_sector_512_block_8192
                        (< x_start_sector_512_block_8192
                           s_lowestFailedStart_sector_512_block_8192))
                   x_start_sector_512_block_8192
                   s_lowestFailedStart_sector_512_block_8192)))
      (a!5 (< x_start_sector_512_block_8192
              (ite (and y_failed_sector_512_block_8192
                        (< y_start_sector_512_block_8192
                           s_lowestFailedStart_sector_512_block_8192))
                   y_start_sector_512_block_8192
                   s_lowestFailedStart_sector_512_block_8192)))
      (a!7 (+ (+ s_okBytes_sector_512_block_8192
                 (ite (not x_failed_sector_512_block_8192)
                      (- x_end_sector_512_block_8192
                         x_start_sector_512_block_8192)
                      0))
              (ite (not y_failed_sector_512_block_8192)
                   (- y_end_sector_512_block_8192 y_start_sector_512_block_8192)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_512_block_8192)
                        (< s_highestOkEnd_sector_512_block_8192
                           x_end_sector_512_block_8192))
                   x_end_sector_512_block_8192
                   s_highestOkEnd_sector_512_block_8192)
              y_end_sector_512_block_8192))
      (a!11 (< (ite (and (not y_failed_sector_512_block_8192)
                         (< s_highestOkEnd_sector_512_block_8192
                            y_end_sector_512_block_8192))
                    y_end_sector_512_block_8192
                    s_highestOkEnd_sector_512_block_8192)
               x_end_sector_512_block_8192))
      (a!14 (= (ite (and x_failed_sector_512_block_8192
                         (< x_start_sector_512_block_8192
                            s_lowestFailedStart_sector_512_block_8192))
                    x_start_sector_512_block_8192
                    s_lowestFailedStart_sector_512_block_8192)
               (ite (and x_failed_sector_512_block_8192
                         (< x_start_sector_512_block_8192
                            s_lowestFailedStart_sector_512_block_8192))
                    x_start_sector_512_block_8192
                    s_lowestFailedStart_sector_512_block_8192)))
      (a!15 (= (+ s_okBytes_sector_512_block_8192
                  (ite (not x_failed_sector_512_block_8192)
                       (- x_end_sector_512_block_8192
                          x_start_sector_512_block_8192)
                       0))
               (+ s_okBytes_sector_512_block_8192
                  (ite (not x_failed_sector_512_block_8192)
                       (- x_end_sector_512_block_8192
                          x_start_sector_512_block_8192)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_512_block_8192)
                         (< s_highestOkEnd_sector_512_block_8192
                            x_end_sector_512_block_8192))
                    x_end_sector_512_block_8192
                    s_highestOkEnd_sector_512_block_8192)
               (ite (and (not x_failed_sector_512_block_8192)
                         (< s_highestOkEnd_sector_512_block_8192
                            x_end_sector_512_block_8192))
                    x_end_sector_512_block_8192
                    s_highestOkEnd_sector_512_block_8192)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_512_block_8192 offset))
                 (- s_lowestFailedStart_sector_512_block_8192 offset)
                 (ite (and s_anyFailed_sector_512_block_8192
                           (= s_lowestFailedStart_sector_512_block_8192 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (ite (and y_failed_sector_512_block_8192 a!3)
                y_start_sector_512_block_8192
                (ite (and x_failed_sector_512_block_8192
                          (< x_start_sector_512_block_8192
                             s_lowestFailedStart_sector_512_block_8192))
                     x_start_sector_512_block_8192
                     s_lowestFailedStart_sector_512_block_8192)))
      (a!6 (ite (and x_failed_sector_512_block_8192 a!5)
                x_start_sector_512_block_8192
                (ite (and y_failed_sector_512_block_8192
                          (< y_start_sector_512_block_8192
                             s_lowestFailedStart_sector_512_block_8192))
                     y_start_sector_512_block_8192
                     s_lowestFailedStart_sector_512_block_8192)))
      (a!8 (= a!7
              (+ s_okBytes_sector_512_block_8192
                 (ite (not y_failed_sector_512_block_8192)
                      (- y_end_sector_512_block_8192
                         y_start_sector_512_block_8192)
                      0)
                 (ite (not x_failed_sector_512_block_8192)
                      (- x_end_sector_512_block_8192
                         x_start_sector_512_block_8192)
                      0))))
      (a!10 (ite (and (not y_failed_sector_512_block_8192) a!9)
                 y_end_sector_512_block_8192
                 (ite (and (not x_failed_sector_512_block_8192)
                           (< s_highestOkEnd_sector_512_block_8192
                              x_end_sector_512_block_8192))
                      x_end_sector_512_block_8192
                      s_highestOkEnd_sector_512_block_8192)))
      (a!12 (ite (and (not x_failed_sector_512_block_8192) a!11)
                 x_end_sector_512_block_8192
                 (ite (and (not y_failed_sector_512_block_8192)
                           (< s_highestOkEnd_sector_512_block_8192
                              y_end_sector_512_block_8192))
                      y_end_sector_512_block_8192
                      s_highestOkEnd_sector_512_block_8192)))
      (a!17 (not (and (= (or s_anyFailed_sector_512_block_8192
                             x_failed_sector_512_block_8192)
                         (or s_anyFailed_sector_512_block_8192
                             x_failed_sector_512_block_8192))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 8192)) (ite (= (mod a!20 8192) 0) 0 8192))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_8192
                            x_failed_sector_512_block_8192)
                        y_failed_sector_512_block_8192)
                    (or s_anyFailed_sector_512_block_8192
                        y_failed_sector_512_block_8192
                        x_failed_sector_512_block_8192))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 8192)))
                 (- offset (mod offset 8192))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 8192)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 8192))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 8192)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 8192) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 8192)) a!24)
                 (+ a!26 (ite a!27 0 8192))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 512) a!18)
                    (ite (< 0 a!18) (div a!18 512) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (= maxBioBytes (* 512 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-1024-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_8192 () Int)
(declare-fun s_anyFailed_sector_1024_block_8192 () Bool)
(declare-fun s_highestOkEnd_sector_1024_block_8192 () Int)
(declare-fun x_end_sector_1024_block_8192 () Int)
(declare-fun x_failed_sector_1024_block_8192 () Bool)
(declare-fun x_start_sector_1024_block_8192 () Int)
(declare-fun s_okBytes_sector_1024_block_8192 () Int)
(declare-fun y_end_sector_1024_block_8192 () Int)
(declare-fun y_failed_sector_1024_block_8192 () Bool)
(declare-fun y_start_sector_1024_block_8192 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (< y_start_sector_1024_block_8192
              (ite (and x_failed_sector_1024_block_8192
                        (< x_start_sector_1024_block_8192
                           s_lowestFailedStart_sector_1024_block_8192))
                   x_start_sector_1024_block_8192
                   s_lowestFailedStart_sector_1024_block_8192)))
      (a!5 (< x_start_sector_1024_block_8192
              (ite (and y_failed_sector_1024_block_8192
                        (< y_start_sector_1024_block_8192
                           s_lowestFailedStart_sector_1024_block_8192))
                   y_start_sector_1024_block_8192
                   s_lowestFailedStart_sector_1024_block_8192)))
      (a!7 (+ (+ s_okBytes_sector_1024_block_8192
                 (ite (not x_failed_sector_1024_block_8192)
                      (- x_end_sector_1024_block_8192
                         x_start_sector_1024_block_8192)
                      0))
              (ite (not y_failed_sector_1024_block_8192)
                   (- y_end_sector_1024_block_8192
                      y_start_sector_1024_block_8192)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_1024_block_8192)
                        (< s_highestOkEnd_sector_1024_block_8192
                           x_end_sector_1024_block_8192))
                   x_end_sector_1024_block_8192
                   s_highestOkEnd_sector_1024_block_8192)
              y_end_sector_1024_block_8192))
      (a!11 (< (ite (and (not y_failed_sector_1024_block_8192)
                         (< s_highestOkEnd_sector_1024_block_8192
                            y_end_sector_1024_block_8192))
                    y_end_sector_1024_block_8192
                    s_highestOkEnd_sector_1024_block_8192)
               x_end_sector_1024_block_8192))
      (a!14 (= (ite (and x_failed_sector_1024_block_8192
                         (< x_start_sector_1024_block_8192
                            s_lowestFailedStart_sector_1024_block_8192))
                    x_start_sector_1024_block_8192
                    s_lowestFailedStart_sector_1024_block_8192)
               (ite (and x_failed_sector_1024_block_8192
                         (< x_start_sector_1024_block_8192
                            s_lowestFailedStart_sector_1024_block_8192))
                    x_start_sector_1024_block_8192
                    s_lowestFailedStart_sector_1024_block_8192)))
      (a!15 (= (+ s_okBytes_sector_1024_block_8192
                  (ite (not x_failed_sector_1024_block_8192)
                       (- x_end_sector_1024_block_8192
                          x_start_sector_1024_block_8192)
                       0))
               (+ s_okBytes_sector_1024_block_8192
                  (ite (not x_failed_sector_1024_block_8192)
                       (- x_end_sector_1024_block_8192
                          x_start_sector_1024_block_8192)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_1024_block_8192)
                         (< s_highestOkEnd_sector_1024_block_8192
                            x_end_sector_1024_block_8192))
                    x_end_sector_1024_block_8192
                    s_highestOkEnd_sector_1024_block_8192)
               (ite (and (not x_failed_sector_1024_block_8192)
                         (< s_highestOkEnd_sector_1024_block_8192
                            x_end_sector_1024_block_8192))
                    x_end_sector_1024_block_8192
                    s_highestOkEnd_sector_1024_block_8192)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_1024_block_8192 offset))
                 (- s_lowestFailedStart_sector_1024_block_8192 offset)
                 (ite (and s_anyFailed_sector_1024_block_8192
                           (= s_lowestFailedStart_sector_1024_block_8192 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (ite (and y_failed_sector_1024_block_8192 a!3)
                y_start_sector_1024_block_8192
                (ite (and x_failed_sector_1024_block_8192
                          (< x_start_sector_1024_block_8192
                             s_lowestFailedStart_sector_1024_block_8192))
                     x_start_sector_1024_block_8192
                     s_lowestFailedStart_sector_1024_block_8192)))
      (a!6 (ite (and x_failed_sector_1024_block_8192 a!5)
                x_start_sector_1024_block_8192
                (ite (and y_failed_sector_1024_block_8192
                          (< y_start_sector_1024_block_8192
                             s_lowestFailedStart_sector_1024_block_8192))
                     y_start_sector_1024_block_8192
                     s_lowestFailedStart_sector_1024_block_8192)))
      (a!8 (= a!7
              (+ s_okBytes_sector_1024_block_8192
                 (ite (not y_failed_sector_1024_block_8192)
                      (- y_end_sector_1024_block_8192
                         y_start_sector_1024_block_8192)
                      0)
                 (ite (not x_failed_sector_1024_block_8192)
                      (- x_end_sector_1024_block_8192
                         x_start_sector_1024_block_8192)
                      0))))
      (a!10 (ite (and (not y_failed_sector_1024_block_8192) a!9)
                 y_end_sector_1024_block_8192
                 (ite (and (not x_failed_sector_1024_block_8192)
                           (< s_highestOkEnd_sector_1024_block_8192
                              x_end_sector_1024_block_8192))
                      x_end_sector_1024_block_8192
                      s_highestOkEnd_sector_1024_block_8192)))
      (a!12 (ite (and (not x_failed_sector_1024_block_8192) a!11)
                 x_end_sector_1024_block_8192
                 (ite (and (not y_failed_sector_1024_block_8192)
                           (< s_highestOkEnd_sector_1024_block_8192
                              y_end_sector_1024_block_8192))
                      y_end_sector_1024_block_8192
                      s_highestOkEnd_sector_1024_block_8192)))
      (a!17 (not (and (= (or s_anyFailed_sector_1024_block_8192
                             x_failed_sector_1024_block_8192)
                         (or s_anyFailed_sector_1024_block_8192
                             x_failed_sector_1024_block_8192))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 8192)) (ite (= (mod a!20 8192) 0) 0 8192))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_8192
                            x_failed_sector_1024_block_8192)
                        y_failed_sector_1024_block_8192)
                    (or s_anyFailed_sector_1024_block_8192
                        y_failed_sector_1024_block_8192
                        x_failed_sector_1024_block_8192))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 8192)))
                 (- offset (mod offset 8192))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 8192)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 8192))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 8192)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 8192) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 8192)) a!24)
                 (+ a!26 (ite a!27 0 8192))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 1024) a!18)
                    (ite (< 0 a!18) (div a!18 1024) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 1024) 0)
       (= (mod length 1024) 0)
       (= maxBioBytes (* 1024 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-2048-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_8192 () Int)
(declare-fun s_anyFailed_sector_2048_block_8192 () Bool)
(declare-fun s_highestOkEnd_sector_2048_block_8192 () Int)
(declare-fun x_end_sector_2048_block_8192 () Int)
(declare-fun x_failed_sector_2048_block_8192 () Bool)
(declare-fun x_start_sector_2048_block_8192 () Int)
(declare-fun s_okBytes_sector_2048_block_8192 () Int)
(declare-fun y_end_sector_2048_block_8192 () Int)
(declare-fun y_failed_sector_2048_block_8192 () Bool)
(declare-fun y_start_sector_2048_block_8192 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (< y_start_sector_2048_block_8192
              (ite (and x_failed_sector_2048_block_8192
                        (< x_start_sector_2048_block_8192
                           s_lowestFailedStart_sector_2048_block_8192))
                   x_start_sector_2048_block_8192
                   s_lowestFailedStart_sector_2048_block_8192)))
      (a!5 (< x_start_sector_2048_block_8192
              (ite (and y_failed_sector_2048_block_8192
                        (< y_start_sector_2048_block_8192
                           s_lowestFailedStart_sector_2048_block_8192))
                   y_start_sector_2048_block_8192
                   s_lowestFailedStart_sector_2048_block_8192)))
      (a!7 (+ (+ s_okBytes_sector_2048_block_8192
                 (ite (not x_failed_sector_2048_block_8192)
                      (- x_end_sector_2048_block_8192
                         x_start_sector_2048_block_8192)
                      0))
              (ite (not y_failed_sector_2048_block_8192)
                   (- y_end_sector_2048_block_8192
                      y_start_sector_2048_block_8192)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_2048_block_8192)
                        (< s_highestOkEnd_sector_2048_block_8192
                           x_end_sector_2048_block_8192))
                   x_end_sector_2048_block_8192
                   s_highestOkEnd_sector_2048_block_8192)
              y_end_sector_2048_block_8192))
      (a!11 (< (ite (and (not y_failed_sector_2048_block_8192)
                         (< s_highestOkEnd_sector_2048_block_8192
                            y_end_sector_2048_block_8192))
                    y_end_sector_2048_block_8192
                    s_highestOkEnd_sector_2048_block_8192)
               x_end_sector_2048_block_8192))
      (a!14 (= (ite (and x_failed_sector_2048_block_8192
                         (< x_start_sector_2048_block_8192
                            s_lowestFailedStart_sector_2048_block_8192))
                    x_start_sector_2048_block_8192
                    s_lowestFailedStart_sector_2048_block_8192)
               (ite (and x_failed_sector_2048_block_8192
                         (< x_start_sector_2048_block_8192
                            s_lowestFailedStart_sector_2048_block_8192))
                    x_start_sector_2048_block_8192
                    s_lowestFailedStart_sector_2048_block_8192)))
      (a!15 (= (+ s_okBytes_sector_2048_block_8192
                  (ite (not x_failed_sector_2048_block_8192)
                       (- x_end_sector_2048_block_8192
                          x_start_sector_2048_block_8192)
                       0))
               (+ s_okBytes_sector_2048_block_8192
                  (ite (not x_failed_sector_2048_block_8192)
                       (- x_end_sector_2048_block_8192
                          x_start_sector_2048_block_8192)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_2048_block_8192)
                         (< s_highestOkEnd_sector_2048_block_8192
                            x_end_sector_2048_block_8192))
                    x_end_sector_2048_block_8192
                    s_highestOkEnd_sector_2048_block_8192)
               (ite (and (not x_failed_sector_2048_block_8192)
                         (< s_highestOkEnd_sector_2048_block_8192
                            x_end_sector_2048_block_8192))
                    x_end_sector_2048_block_8192
                    s_highestOkEnd_sector_2048_block_8192)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_2048_block_8192 offset))
                 (- s_lowestFailedStart_sector_2048_block_8192 offset)
                 (ite (and s_anyFailed_sector_2048_block_8192
                           (= s_lowestFailedStart_sector_2048_block_8192 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (ite (and y_failed_sector_2048_block_8192 a!3)
                y_start_sector_2048_block_8192
                (ite (and x_failed_sector_2048_block_8192
                          (< x_start_sector_2048_block_8192
                             s_lowestFailedStart_sector_2048_block_8192))
                     x_start_sector_2048_block_8192
                     s_lowestFailedStart_sector_2048_block_8192)))
      (a!6 (ite (and x_failed_sector_2048_block_8192 a!5)
                x_start_sector_2048_block_8192
                (ite (and y_failed_sector_2048_block_8192
                          (< y_start_sector_2048_block_8192
                             s_lowestFailedStart_sector_2048_block_8192))
                     y_start_sector_2048_block_8192
                     s_lowestFailedStart_sector_2048_block_8192)))
      (a!8 (= a!7
              (+ s_okBytes_sector_2048_block_8192
                 (ite (not y_failed_sector_2048_block_8192)
                      (- y_end_sector_2048_block_8192
                         y_start_sector_2048_block_8192)
                      0)
                 (ite (not x_failed_sector_2048_block_8192)
                      (- x_end_sector_2048_block_8192
                         x_start_sector_2048_block_8192)
                      0))))
      (a!10 (ite (and (not y_failed_sector_2048_block_8192) a!9)
                 y_end_sector_2048_block_8192
                 (ite (and (not x_failed_sector_2048_block_8192)
                           (< s_highestOkEnd_sector_2048_block_8192
                              x_end_sector_2048_block_8192))
                      x_end_sector_2048_block_8192
                      s_highestOkEnd_sector_2048_block_8192)))
      (a!12 (ite (and (not x_failed_sector_2048_block_8192) a!11)
                 x_end_sector_2048_block_8192
                 (ite (and (not y_failed_sector_2048_block_8192)
                           (< s_highestOkEnd_sector_2048_block_8192
                              y_end_sector_2048_block_8192))
                      y_end_sector_2048_block_8192
                      s_highestOkEnd_sector_2048_block_8192)))
      (a!17 (not (and (= (or s_anyFailed_sector_2048_block_8192
                             x_failed_sector_2048_block_8192)
                         (or s_anyFailed_sector_2048_block_8192
                             x_failed_sector_2048_block_8192))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 8192)) (ite (= (mod a!20 8192) 0) 0 8192))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_8192
                            x_failed_sector_2048_block_8192)
                        y_failed_sector_2048_block_8192)
                    (or s_anyFailed_sector_2048_block_8192
                        y_failed_sector_2048_block_8192
                        x_failed_sector_2048_block_8192))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 8192)))
                 (- offset (mod offset 8192))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 8192)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 8192))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 8192)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 8192) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 8192)) a!24)
                 (+ a!26 (ite a!27 0 8192))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 2048) a!18)
                    (ite (< 0 a!18) (div a!18 2048) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 2048) 0)
       (= (mod length 2048) 0)
       (= maxBioBytes (* 2048 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-4096-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_4096_block_8192 () Int)
(declare-fun s_anyFailed_sector_4096_block_8192 () Bool)
(declare-fun s_highestOkEnd_sector_4096_block_8192 () Int)
(declare-fun x_end_sector_4096_block_8192 () Int)
(declare-fun x_failed_sector_4096_block_8192 () Bool)
(declare-fun x_start_sector_4096_block_8192 () Int)
(declare-fun s_okBytes_sector_4096_block_8192 () Int)
(declare-fun y_end_sector_4096_block_8192 () Int)
(declare-fun y_failed_sector_4096_block_8192 () Bool)
(declare-fun y_start_sector_4096_block_8192 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (< y_start_sector_4096_block_8192
              (ite (and x_failed_sector_4096_block_8192
                        (< x_start_sector_4096_block_8192
                           s_lowestFailedStart_sector_4096_block_8192))
                   x_start_sector_4096_block_8192
                   s_lowestFailedStart_sector_4096_block_8192)))
      (a!5 (< x_start_sector_4096_block_8192
              (ite (and y_failed_sector_4096_block_8192
                        (< y_start_sector_4096_block_8192
                           s_lowestFailedStart_sector_4096_block_8192))
                   y_start_sector_4096_block_8192
                   s_lowestFailedStart_sector_4096_block_8192)))
      (a!7 (+ (+ s_okBytes_sector_4096_block_8192
                 (ite (not x_failed_sector_4096_block_8192)
                      (- x_end_sector_4096_block_8192
                         x_start_sector_4096_block_8192)
                      0))
              (ite (not y_failed_sector_4096_block_8192)
                   (- y_end_sector_4096_block_8192
                      y_start_sector_4096_block_8192)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_4096_block_8192)
                        (< s_highestOkEnd_sector_4096_block_8192
                           x_end_sector_4096_block_8192))
                   x_end_sector_4096_block_8192
                   s_highestOkEnd_sector_4096_block_8192)
              y_end_sector_4096_block_8192))
      (a!11 (< (ite (and (not y_failed_sector_4096_block_8192)
                         (< s_highestOkEnd_sector_4096_block_8192
                            y_end_sector_4096_block_8192))
                    y_end_sector_4096_block_8192
                    s_highestOkEnd_sector_4096_block_8192)
               x_end_sector_4096_block_8192))
      (a!14 (= (ite (and x_failed_sector_4096_block_8192
                         (< x_start_sector_4096_block_8192
                            s_lowestFailedStart_sector_4096_block_8192))
                    x_start_sector_4096_block_8192
                    s_lowestFailedStart_sector_4096_block_8192)
               (ite (and x_failed_sector_4096_block_8192
                         (< x_start_sector_4096_block_8192
                            s_lowestFailedStart_sector_4096_block_8192))
                    x_start_sector_4096_block_8192
                    s_lowestFailedStart_sector_4096_block_8192)))
      (a!15 (= (+ s_okBytes_sector_4096_block_8192
                  (ite (not x_failed_sector_4096_block_8192)
                       (- x_end_sector_4096_block_8192
                          x_start_sector_4096_block_8192)
                       0))
               (+ s_okBytes_sector_4096_block_8192
                  (ite (not x_failed_sector_4096_block_8192)
                       (- x_end_sector_4096_block_8192
                          x_start_sector_4096_block_8192)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_4096_block_8192)
                         (< s_highestOkEnd_sector_4096_block_8192
                            x_end_sector_4096_block_8192))
                    x_end_sector_4096_block_8192
                    s_highestOkEnd_sector_4096_block_8192)
               (ite (and (not x_failed_sector_4096_block_8192)
                         (< s_highestOkEnd_sector_4096_block_8192
                            x_end_sector_4096_block_8192))
                    x_end_sector_4096_block_8192
                    s_highestOkEnd_sector_4096_block_8192)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_4096_block_8192 offset))
                 (- s_lowestFailedStart_sector_4096_block_8192 offset)
                 (ite (and s_anyFailed_sector_4096_block_8192
                           (= s_lowestFailedStart_sector_4096_block_8192 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (ite (and y_failed_sector_4096_block_8192 a!3)
                y_start_sector_4096_block_8192
                (ite (and x_failed_sector_4096_block_8192
                          (< x_start_sector_4096_block_8192
                             s_lowestFailedStart_sector_4096_block_8192))
                     x_start_sector_4096_block_8192
                     s_lowestFailedStart_sector_4096_block_8192)))
      (a!6 (ite (and x_failed_sector_4096_block_8192 a!5)
                x_start_sector_4096_block_8192
                (ite (and y_failed_sector_4096_block_8192
                          (< y_start_sector_4096_block_8192
                             s_lowestFailedStart_sector_4096_block_8192))
                     y_start_sector_4096_block_8192
                     s_lowestFailedStart_sector_4096_block_8192)))
      (a!8 (= a!7
              (+ s_okBytes_sector_4096_block_8192
                 (ite (not y_failed_sector_4096_block_8192)
                      (- y_end_sector_4096_block_8192
                         y_start_sector_4096_block_8192)
                      0)
                 (ite (not x_failed_sector_4096_block_8192)
                      (- x_end_sector_4096_block_8192
                         x_start_sector_4096_block_8192)
                      0))))
      (a!10 (ite (and (not y_failed_sector_4096_block_8192) a!9)
                 y_end_sector_4096_block_8192
                 (ite (and (not x_failed_sector_4096_block_8192)
                           (< s_highestOkEnd_sector_4096_block_8192
                              x_end_sector_4096_block_8192))
                      x_end_sector_4096_block_8192
                      s_highestOkEnd_sector_4096_block_8192)))
      (a!12 (ite (and (not x_failed_sector_4096_block_8192) a!11)
                 x_end_sector_4096_block_8192
                 (ite (and (not y_failed_sector_4096_block_8192)
                           (< s_highestOkEnd_sector_4096_block_8192
                              y_end_sector_4096_block_8192))
                      y_end_sector_4096_block_8192
                      s_highestOkEnd_sector_4096_block_8192)))
      (a!17 (not (and (= (or s_anyFailed_sector_4096_block_8192
                             x_failed_sector_4096_block_8192)
                         (or s_anyFailed_sector_4096_block_8192
                             x_failed_sector_4096_block_8192))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 8192)) (ite (= (mod a!20 8192) 0) 0 8192))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_4096_block_8192
                            x_failed_sector_4096_block_8192)
                        y_failed_sector_4096_block_8192)
                    (or s_anyFailed_sector_4096_block_8192
                        y_failed_sector_4096_block_8192
                        x_failed_sector_4096_block_8192))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 8192)))
                 (- offset (mod offset 8192))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 8192)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 8192))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 8192)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 8192) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 8192)) a!24)
                 (+ a!26 (ite a!27 0 8192))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 4096) a!18)
                    (ite (< 0 a!18) (div a!18 4096) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (= maxBioBytes (* 4096 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-8192-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_8192_block_8192 () Int)
(declare-fun s_anyFailed_sector_8192_block_8192 () Bool)
(declare-fun s_highestOkEnd_sector_8192_block_8192 () Int)
(declare-fun x_end_sector_8192_block_8192 () Int)
(declare-fun x_failed_sector_8192_block_8192 () Bool)
(declare-fun x_start_sector_8192_block_8192 () Int)
(declare-fun s_okBytes_sector_8192_block_8192 () Int)
(declare-fun y_end_sector_8192_block_8192 () Int)
(declare-fun y_failed_sector_8192_block_8192 () Bool)
(declare-fun y_start_sector_8192_block_8192 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (< y_start_sector_8192_block_8192
              (ite (and x_failed_sector_8192_block_8192
                        (< x_start_sector_8192_block_8192
                           s_lowestFailedStart_sector_8192_block_8192))
                   x_start_sector_8192_block_8192
                   s_lowestFailedStart_sector_8192_block_8192)))
      (a!5 (< x_start_sector_8192_block_8192
              (ite (and y_failed_sector_8192_block_8192
                        (< y_start_sector_8192_block_8192
                           s_lowestFailedStart_sector_8192_block_8192))
                   y_start_sector_8192_block_8192
                   s_lowestFailedStart_sector_8192_block_8192)))
      (a!7 (+ (+ s_okBytes_sector_8192_block_8192
                 (ite (not x_failed_sector_8192_block_8192)
                      (- x_end_sector_8192_block_8192
                         x_start_sector_8192_block_8192)
                      0))
              (ite (not y_failed_sector_8192_block_8192)
                   (- y_end_sector_8192_block_8192
                      y_start_sector_8192_block_8192)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_8192_block_8192)
                        (< s_highestOkEnd_sector_8192_block_8192
                           x_end_sector_8192_block_8192))
                   x_end_sector_8192_block_8192
                   s_highestOkEnd_sector_8192_block_8192)
              y_end_sector_8192_block_8192))
      (a!11 (< (ite (and (not y_failed_sector_8192_block_8192)
                         (< s_highestOkEnd_sector_8192_block_8192
                            y_end_sector_8192_block_8192))
                    y_end_sector_8192_block_8192
                    s_highestOkEnd_sector_8192_block_8192)
               x_end_sector_8192_block_8192))
      (a!14 (= (ite (and x_failed_sector_8192_block_8192
                         (< x_start_sector_8192_block_8192
                            s_lowestFailedStart_sector_8192_block_8192))
                    x_start_sector_8192_block_8192
                    s_lowestFailedStart_sector_8192_block_8192)
               (ite (and x_failed_sector_8192_block_8192
                         (< x_start_sector_8192_block_8192
                            s_lowestFailedStart_sector_8192_block_8192))
                    x_start_sector_8192_block_8192
                    s_lowestFailedStart_sector_8192_block_8192)))
      (a!15 (= (+ s_okBytes_sector_8192_block_8192
                  (ite (not x_failed_sector_8192_block_8192)
                       (- x_end_sector_8192_block_8192
                          x_start_sector_8192_block_8192)
                       0))
               (+ s_okBytes_sector_8192_block_8192
                  (ite (not x_failed_sector_8192_block_8192)
                       (- x_end_sector_8192_block_8192
                          x_start_sector_8192_block_8192)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_8192_block_8192)
                         (< s_highestOkEnd_sector_8192_block_8192
                            x_end_sector_8192_block_8192))
                    x_end_sector_8192_block_8192
                    s_highestOkEnd_sector_8192_block_8192)
               (ite (and (not x_failed_sector_8192_block_8192)
                         (< s_highestOkEnd_sector_8192_block_8192
                            x_end_sector_8192_block_8192))
                    x_end_sector_8192_block_8192
                    s_highestOkEnd_sector_8192_block_8192)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_8192_block_8192 offset))
                 (- s_lowestFailedStart_sector_8192_block_8192 offset)
                 (ite (and s_anyFailed_sector_8192_block_8192
                           (= s_lowestFailedStart_sector_8192_block_8192 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (ite (and y_failed_sector_8192_block_8192 a!3)
                y_start_sector_8192_block_8192
                (ite (and x_failed_sector_8192_block_8192
                          (< x_start_sector_8192_block_8192
                             s_lowestFailedStart_sector_8192_block_8192))
                     x_start_sector_8192_block_8192
                     s_lowestFailedStart_sector_8192_block_8192)))
      (a!6 (ite (and x_failed_sector_8192_block_8192 a!5)
                x_start_sector_8192_block_8192
                (ite (and y_failed_sector_8192_block_8192
                          (< y_start_sector_8192_block_8192
                             s_lowestFailedStart_sector_8192_block_8192))
                     y_start_sector_8192_block_8192
                     s_lowestFailedStart_sector_8192_block_8192)))
      (a!8 (= a!7
              (+ s_okBytes_sector_8192_block_8192
                 (ite (not y_failed_sector_8192_block_8192)
                      (- y_end_sector_8192_block_8192
                         y_start_sector_8192_block_8192)
                      0)
                 (ite (not x_failed_sector_8192_block_8192)
                      (- x_end_sector_8192_block_8192
                         x_start_sector_8192_block_8192)
                      0))))
      (a!10 (ite (and (not y_failed_sector_8192_block_8192) a!9)
                 y_end_sector_8192_block_8192
                 (ite (and (not x_failed_sector_8192_block_8192)
                           (< s_highestOkEnd_sector_8192_block_8192
                              x_end_sector_8192_block_8192))
                      x_end_sector_8192_block_8192
                      s_highestOkEnd_sector_8192_block_8192)))
      (a!12 (ite (and (not x_failed_sector_8192_block_8192) a!11)
                 x_end_sector_8192_block_8192
                 (ite (and (not y_failed_sector_8192_block_8192)
                           (< s_highestOkEnd_sector_8192_block_8192
                              y_end_sector_8192_block_8192))
                      y_end_sector_8192_block_8192
                      s_highestOkEnd_sector_8192_block_8192)))
      (a!17 (not (and (= (or s_anyFailed_sector_8192_block_8192
                             x_failed_sector_8192_block_8192)
                         (or s_anyFailed_sector_8192_block_8192
                             x_failed_sector_8192_block_8192))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 8192)) (ite (= (mod a!20 8192) 0) 0 8192))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_8192_block_8192
                            x_failed_sector_8192_block_8192)
                        y_failed_sector_8192_block_8192)
                    (or s_anyFailed_sector_8192_block_8192
                        y_failed_sector_8192_block_8192
                        x_failed_sector_8192_block_8192))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 8192)))
                 (- offset (mod offset 8192))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 8192)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 8192))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 8192)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 8192) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 8192)) a!24)
                 (+ a!26 (ite a!27 0 8192))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 8192) a!18)
                    (ite (< 0 a!18) (div a!18 8192) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 8192) 0)
       (= (mod length 8192) 0)
       (= maxBioBytes (* 8192 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-512-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_512_block_16384 () Int)
(declare-fun s_anyFailed_sector_512_block_16384 () Bool)
(declare-fun s_highestOkEnd_sector_512_block_16384 () Int)
(declare-fun x_end_sector_512_block_16384 () Int)
(declare-fun x_failed_sector_512_block_16384 () Bool)
(declare-fun x_start_sector_512_block_16384 () Int)
(declare-fun s_okBytes_sector_512_block_16384 () Int)
(declare-fun y_end_sector_512_block_16384 () Int)
(declare-fun y_failed_sector_512_block_16384 () Bool)
(declare-fun y_start_sector_512_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (< y_start_sector_512_block_16384
              (ite (and x_failed_sector_512_block_16384
                        (< x_start_sector_512_block_16384
                           s_lowestFailedStart_sector_512_block_16384))
                   x_start_sector_512_block_16384
                   s_lowestFailedStart_sector_512_block_16384)))
      (a!5 (< x_start_sector_512_block_16384
              (ite (and y_failed_sector_512_block_16384
                        (< y_start_sector_512_block_16384
                           s_lowestFailedStart_sector_512_block_16384))
                   y_start_sector_512_block_16384
                   s_lowestFailedStart_sector_512_block_16384)))
      (a!7 (+ (+ s_okBytes_sector_512_block_16384
                 (ite (not x_failed_sector_512_block_16384)
                      (- x_end_sector_512_block_16384
                         x_start_sector_512_block_16384)
                      0))
              (ite (not y_failed_sector_512_block_16384)
                   (- y_end_sector_512_block_16384
                      y_start_sector_512_block_16384)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_512_block_16384)
                        (< s_highestOkEnd_sector_512_block_16384
                           x_end_sector_512_block_16384))
                   x_end_sector_512_block_16384
                   s_highestOkEnd_sector_512_block_16384)
              y_end_sector_512_block_16384))
      (a!11 (< (ite (and (not y_failed_sector_512_block_16384)
                         (< s_highestOkEnd_sector_512_block_16384
                            y_end_sector_512_block_16384))
                    y_end_sector_512_block_16384
                    s_highestOkEnd_sector_512_block_16384)
               x_end_sector_512_block_16384))
      (a!14 (= (ite (and x_failed_sector_512_block_16384
                         (< x_start_sector_512_block_16384
                            s_lowestFailedStart_sector_512_block_16384))
                    x_start_sector_512_block_16384
                    s_lowestFailedStart_sector_512_block_16384)
               (ite (and x_failed_sector_512_block_16384
                         (< x_start_sector_512_block_16384
                            s_lowestFailedStart_sector_512_block_16384))
                    x_start_sector_512_block_16384
                    s_lowestFailedStart_sector_512_block_16384)))
      (a!15 (= (+ s_okBytes_sector_512_block_16384
                  (ite (not x_failed_sector_512_block_16384)
                       (- x_end_sector_512_block_16384
                          x_start_sector_512_block_16384)
                       0))
               (+ s_okBytes_sector_512_block_16384
                  (ite (not x_failed_sector_512_block_16384)
                       (- x_end_sector_512_block_16384
                          x_start_sector_512_block_16384)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_512_block_16384)
                         (< s_highestOkEnd_sector_512_block_16384
                            x_end_sector_512_block_16384))
                    x_end_sector_512_block_16384
                    s_highestOkEnd_sector_512_block_16384)
               (ite (and (not x_failed_sector_512_block_16384)
                         (< s_highestOkEnd_sector_512_block_16384
                            x_end_sector_512_block_16384))
                    x_end_sector_512_block_16384
                    s_highestOkEnd_sector_512_block_16384)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_512_block_16384 offset))
                 (- s_lowestFailedStart_sector_512_block_16384 offset)
                 (ite (and s_anyFailed_sector_512_block_16384
                           (= s_lowestFailedStart_sector_512_block_16384 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (ite (and y_failed_sector_512_block_16384 a!3)
                y_start_sector_512_block_16384
                (ite (and x_failed_sector_512_block_16384
                          (< x_start_sector_512_block_16384
                             s_lowestFailedStart_sector_512_block_16384))
                     x_start_sector_512_block_16384
                     s_lowestFailedStart_sector_512_block_16384)))
      (a!6 (ite (and x_failed_sector_512_block_16384 a!5)
                x_start_sector_512_block_16384
                (ite (and y_failed_sector_512_block_16384
                          (< y_start_sector_512_block_16384
                             s_lowestFailedStart_sector_512_block_16384))
                     y_start_sector_512_block_16384
                     s_lowestFailedStart_sector_512_block_16384)))
      (a!8 (= a!7
              (+ s_okBytes_sector_512_block_16384
                 (ite (not y_failed_sector_512_block_16384)
                      (- y_end_sector_512_block_16384
                         y_start_sector_512_block_16384)
                      0)
                 (ite (not x_failed_sector_512_block_16384)
                      (- x_end_sector_512_block_16384
                         x_start_sector_512_block_16384)
                      0))))
      (a!10 (ite (and (not y_failed_sector_512_block_16384) a!9)
                 y_end_sector_512_block_16384
                 (ite (and (not x_failed_sector_512_block_16384)
                           (< s_highestOkEnd_sector_512_block_16384
                              x_end_sector_512_block_16384))
                      x_end_sector_512_block_16384
                      s_highestOkEnd_sector_512_block_16384)))
      (a!12 (ite (and (not x_failed_sector_512_block_16384) a!11)
                 x_end_sector_512_block_16384
                 (ite (and (not y_failed_sector_512_block_16384)
                           (< s_highestOkEnd_sector_512_block_16384
                              y_end_sector_512_block_16384))
                      y_end_sector_512_block_16384
                      s_highestOkEnd_sector_512_block_16384)))
      (a!17 (not (and (= (or s_anyFailed_sector_512_block_16384
                             x_failed_sector_512_block_16384)
                         (or s_anyFailed_sector_512_block_16384
                             x_failed_sector_512_block_16384))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 16384)) (ite (= (mod a!20 16384) 0) 0 16384))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_16384
                            x_failed_sector_512_block_16384)
                        y_failed_sector_512_block_16384)
                    (or s_anyFailed_sector_512_block_16384
                        y_failed_sector_512_block_16384
                        x_failed_sector_512_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 16384)))
                 (- offset (mod offset 16384))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 16384)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 16384))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 16384)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 16384) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 16384)) a!24)
                 (+ a!26 (ite a!27 0 16384))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 512) a!18)
                    (ite (< 0 a!18) (div a!18 512) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (= maxBioBytes (* 512 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-1024-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_16384 () Int)
(declare-fun s_anyFailed_sector_1024_block_16384 () Bool)
(declare-fun s_highestOkEnd_sector_1024_block_16384 () Int)
(declare-fun x_end_sector_1024_block_16384 () Int)
(declare-fun x_failed_sector_1024_block_16384 () Bool)
(declare-fun x_start_sector_1024_block_16384 () Int)
(declare-fun s_okBytes_sector_1024_block_16384 () Int)
(declare-fun y_end_sector_1024_block_16384 () Int)
(declare-fun y_failed_sector_1024_block_16384 () Bool)
(declare-fun y_start_sector_1024_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (< y_start_sector_1024_block_16384
              (ite (and x_failed_sector_1024_block_16384
                        (< x_start_sector_1024_block_16384
                           s_lowestFailedStart_sector_1024_block_16384))
                   x_start_sector_1024_block_16384
                   s_lowestFailedStart_sector_1024_block_16384)))
      (a!5 (< x_start_sector_1024_block_16384
              (ite (and y_failed_sector_1024_block_16384
                        (< y_start_sector_1024_block_16384
                           s_lowestFailedStart_sector_1024_block_16384))
                   y_start_sector_1024_block_16384
                   s_lowestFailedStart_sector_1024_block_16384)))
      (a!7 (+ (+ s_okBytes_sector_1024_block_16384
                 (ite (not x_failed_sector_1024_block_16384)
                      (- x_end_sector_1024_block_16384
                         x_start_sector_1024_block_16384)
                      0))
              (ite (not y_failed_sector_1024_block_16384)
                   (- y_end_sector_1024_block_16384
                      y_start_sector_1024_block_16384)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_1024_block_16384)
                        (< s_highestOkEnd_sector_1024_block_16384
                           x_end_sector_1024_block_16384))
                   x_end_sector_1024_block_16384
                   s_highestOkEnd_sector_1024_block_16384)
              y_end_sector_1024_block_16384))
      (a!11 (< (ite (and (not y_failed_sector_1024_block_16384)
                         (< s_highestOkEnd_sector_1024_block_16384
                            y_end_sector_1024_block_16384))
                    y_end_sector_1024_block_16384
                    s_highestOkEnd_sector_1024_block_16384)
               x_end_sector_1024_block_16384))
      (a!14 (= (ite (and x_failed_sector_1024_block_16384
                         (< x_start_sector_1024_block_16384
                            s_lowestFailedStart_sector_1024_block_16384))
                    x_start_sector_1024_block_16384
                    s_lowestFailedStart_sector_1024_block_16384)
               (ite (and x_failed_sector_1024_block_16384
                         (< x_start_sector_1024_block_16384
                            s_lowestFailedStart_sector_1024_block_16384))
                    x_start_sector_1024_block_16384
                    s_lowestFailedStart_sector_1024_block_16384)))
      (a!15 (= (+ s_okBytes_sector_1024_block_16384
                  (ite (not x_failed_sector_1024_block_16384)
                       (- x_end_sector_1024_block_16384
                          x_start_sector_1024_block_16384)
                       0))
               (+ s_okBytes_sector_1024_block_16384
                  (ite (not x_failed_sector_1024_block_16384)
                       (- x_end_sector_1024_block_16384
                          x_start_sector_1024_block_16384)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_1024_block_16384)
                         (< s_highestOkEnd_sector_1024_block_16384
                            x_end_sector_1024_block_16384))
                    x_end_sector_1024_block_16384
                    s_highestOkEnd_sector_1024_block_16384)
               (ite (and (not x_failed_sector_1024_block_16384)
                         (< s_highestOkEnd_sector_1024_block_16384
                            x_end_sector_1024_block_16384))
                    x_end_sector_1024_block_16384
                    s_highestOkEnd_sector_1024_block_16384)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_1024_block_16384 offset))
                 (- s_lowestFailedStart_sector_1024_block_16384 offset)
                 (ite (and s_anyFailed_sector_1024_block_16384
                           (= s_lowestFailedStart_sector_1024_block_16384
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (ite (and y_failed_sector_1024_block_16384 a!3)
                y_start_sector_1024_block_16384
                (ite (and x_failed_sector_1024_block_16384
                          (< x_start_sector_1024_block_16384
                             s_lowestFailedStart_sector_1024_block_16384))
                     x_start_sector_1024_block_16384
                     s_lowestFailedStart_sector_1024_block_16384)))
      (a!6 (ite (and x_failed_sector_1024_block_16384 a!5)
                x_start_sector_1024_block_16384
                (ite (and y_failed_sector_1024_block_16384
                          (< y_start_sector_1024_block_16384
                             s_lowestFailedStart_sector_1024_block_16384))
                     y_start_sector_1024_block_16384
                     s_lowestFailedStart_sector_1024_block_16384)))
      (a!8 (= a!7
              (+ s_okBytes_sector_1024_block_16384
                 (ite (not y_failed_sector_1024_block_16384)
                      (- y_end_sector_1024_block_16384
                         y_start_sector_1024_block_16384)
                      0)
                 (ite (not x_failed_sector_1024_block_16384)
                      (- x_end_sector_1024_block_16384
                         x_start_sector_1024_block_16384)
                      0))))
      (a!10 (ite (and (not y_failed_sector_1024_block_16384) a!9)
                 y_end_sector_1024_block_16384
                 (ite (and (not x_failed_sector_1024_block_16384)
                           (< s_highestOkEnd_sector_1024_block_16384
                              x_end_sector_1024_block_16384))
                      x_end_sector_1024_block_16384
                      s_highestOkEnd_sector_1024_block_16384)))
      (a!12 (ite (and (not x_failed_sector_1024_block_16384) a!11)
                 x_end_sector_1024_block_16384
                 (ite (and (not y_failed_sector_1024_block_16384)
                           (< s_highestOkEnd_sector_1024_block_16384
                              y_end_sector_1024_block_16384))
                      y_end_sector_1024_block_16384
                      s_highestOkEnd_sector_1024_block_16384)))
      (a!17 (not (and (= (or s_anyFailed_sector_1024_block_16384
                             x_failed_sector_1024_block_16384)
                         (or s_anyFailed_sector_1024_block_16384
                             x_failed_sector_1024_block_16384))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 16384)) (ite (= (mod a!20 16384) 0) 0 16384))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_16384
                            x_failed_sector_1024_block_16384)
                        y_failed_sector_1024_block_16384)
                    (or s_anyFailed_sector_1024_block_16384
                        y_failed_sector_1024_block_16384
                        x_failed_sector_1024_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 16384)))
                 (- offset (mod offset 16384))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 16384)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 16384))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 16384)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 16384) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 16384)) a!24)
                 (+ a!26 (ite a!27 0 16384))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 1024) a!18)
                    (ite (< 0 a!18) (div a!18 1024) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 1024) 0)
       (= (mod length 1024) 0)
       (= maxBioBytes (* 1024 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-2048-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_16384 () Int)
(declare-fun s_anyFailed_sector_2048_block_16384 () Bool)
(declare-fun s_highestOkEnd_sector_2048_block_16384 () Int)
(declare-fun x_end_sector_2048_block_16384 () Int)
(declare-fun x_failed_sector_2048_block_16384 () Bool)
(declare-fun x_start_sector_2048_block_16384 () Int)
(declare-fun s_okBytes_sector_2048_block_16384 () Int)
(declare-fun y_end_sector_2048_block_16384 () Int)
(declare-fun y_failed_sector_2048_block_16384 () Bool)
(declare-fun y_start_sector_2048_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (< y_start_sector_2048_block_16384
              (ite (and x_failed_sector_2048_block_16384
                        (< x_start_sector_2048_block_16384
                           s_lowestFailedStart_sector_2048_block_16384))
                   x_start_sector_2048_block_16384
                   s_lowestFailedStart_sector_2048_block_16384)))
      (a!5 (< x_start_sector_2048_block_16384
              (ite (and y_failed_sector_2048_block_16384
                        (< y_start_sector_2048_block_16384
                           s_lowestFailedStart_sector_2048_block_16384))
                   y_start_sector_2048_block_16384
                   s_lowestFailedStart_sector_2048_block_16384)))
      (a!7 (+ (+ s_okBytes_sector_2048_block_16384
                 (ite (not x_failed_sector_2048_block_16384)
                      (- x_end_sector_2048_block_16384
                         x_start_sector_2048_block_16384)
                      0))
              (ite (not y_failed_sector_2048_block_16384)
                   (- y_end_sector_2048_block_16384
                      y_start_sector_2048_block_16384)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_2048_block_16384)
                        (< s_highestOkEnd_sector_2048_block_16384
                           x_end_sector_2048_block_16384))
                   x_end_sector_2048_block_16384
                   s_highestOkEnd_sector_2048_block_16384)
              y_end_sector_2048_block_16384))
      (a!11 (< (ite (and (not y_failed_sector_2048_block_16384)
                         (< s_highestOkEnd_sector_2048_block_16384
                            y_end_sector_2048_block_16384))
                    y_end_sector_2048_block_16384
                    s_highestOkEnd_sector_2048_block_16384)
               x_end_sector_2048_block_16384))
      (a!14 (= (ite (and x_failed_sector_2048_block_16384
                         (< x_start_sector_2048_block_16384
                            s_lowestFailedStart_sector_2048_block_16384))
                    x_start_sector_2048_block_16384
                    s_lowestFailedStart_sector_2048_block_16384)
               (ite (and x_failed_sector_2048_block_16384
                         (< x_start_sector_2048_block_16384
                            s_lowestFailedStart_sector_2048_block_16384))
                    x_start_sector_2048_block_16384
                    s_lowestFailedStart_sector_2048_block_16384)))
      (a!15 (= (+ s_okBytes_sector_2048_block_16384
                  (ite (not x_failed_sector_2048_block_16384)
                       (- x_end_sector_2048_block_16384
                          x_start_sector_2048_block_16384)
                       0))
               (+ s_okBytes_sector_2048_block_16384
                  (ite (not x_failed_sector_2048_block_16384)
                       (- x_end_sector_2048_block_16384
                          x_start_sector_2048_block_16384)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_2048_block_16384)
                         (< s_highestOkEnd_sector_2048_block_16384
                            x_end_sector_2048_block_16384))
                    x_end_sector_2048_block_16384
                    s_highestOkEnd_sector_2048_block_16384)
               (ite (and (not x_failed_sector_2048_block_16384)
                         (< s_highestOkEnd_sector_2048_block_16384
                            x_end_sector_2048_block_16384))
                    x_end_sector_2048_block_16384
                    s_highestOkEnd_sector_2048_block_16384)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_2048_block_16384 offset))
                 (- s_lowestFailedStart_sector_2048_block_16384 offset)
                 (ite (and s_anyFailed_sector_2048_block_16384
                           (= s_lowestFailedStart_sector_2048_block_16384
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (ite (and y_failed_sector_2048_block_16384 a!3)
                y_start_sector_2048_block_16384
                (ite (and x_failed_sector_2048_block_16384
                          (< x_start_sector_2048_block_16384
                             s_lowestFailedStart_sector_2048_block_16384))
                     x_start_sector_2048_block_16384
                     s_lowestFailedStart_sector_2048_block_16384)))
      (a!6 (ite (and x_failed_sector_2048_block_16384 a!5)
                x_start_sector_2048_block_16384
                (ite (and y_failed_sector_2048_block_16384
                          (< y_start_sector_2048_block_16384
                             s_lowestFailedStart_sector_2048_block_16384))
                     y_start_sector_2048_block_16384
                     s_lowestFailedStart_sector_2048_block_16384)))
      (a!8 (= a!7
              (+ s_okBytes_sector_2048_block_16384
                 (ite (not y_failed_sector_2048_block_16384)
                      (- y_end_sector_2048_block_16384
                         y_start_sector_2048_block_16384)
                      0)
                 (ite (not x_failed_sector_2048_block_16384)
                      (- x_end_sector_2048_block_16384
                         x_start_sector_2048_block_16384)
                      0))))
      (a!10 (ite (and (not y_failed_sector_2048_block_16384) a!9)
                 y_end_sector_2048_block_16384
                 (ite (and (not x_failed_sector_2048_block_16384)
                           (< s_highestOkEnd_sector_2048_block_16384
                              x_end_sector_2048_block_16384))
                      x_end_sector_2048_block_16384
                      s_highestOkEnd_sector_2048_block_16384)))
      (a!12 (ite (and (not x_failed_sector_2048_block_16384) a!11)
                 x_end_sector_2048_block_16384
                 (ite (and (not y_failed_sector_2048_block_16384)
                           (< s_highestOkEnd_sector_2048_block_16384
                              y_end_sector_2048_block_16384))
                      y_end_sector_2048_block_16384
                      s_highestOkEnd_sector_2048_block_16384)))
      (a!17 (not (and (= (or s_anyFailed_sector_2048_block_16384
                             x_failed_sector_2048_block_16384)
                         (or s_anyFailed_sector_2048_block_16384
                             x_failed_sector_2048_block_16384))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 16384)) (ite (= (mod a!20 16384) 0) 0 16384))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_16384
                            x_failed_sector_2048_block_16384)
                        y_failed_sector_2048_block_16384)
                    (or s_anyFailed_sector_2048_block_16384
                        y_failed_sector_2048_block_16384
                        x_failed_sector_2048_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 16384)))
                 (- offset (mod offset 16384))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 16384)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 16384))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 16384)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 16384) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 16384)) a!24)
                 (+ a!26 (ite a!27 0 16384))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 2048) a!18)
                    (ite (< 0 a!18) (div a!18 2048) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 2048) 0)
       (= (mod length 2048) 0)
       (= maxBioBytes (* 2048 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-4096-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_4096_block_16384 () Int)
(declare-fun s_anyFailed_sector_4096_block_16384 () Bool)
(declare-fun s_highestOkEnd_sector_4096_block_16384 () Int)
(declare-fun x_end_sector_4096_block_16384 () Int)
(declare-fun x_failed_sector_4096_block_16384 () Bool)
(declare-fun x_start_sector_4096_block_16384 () Int)
(declare-fun s_okBytes_sector_4096_block_16384 () Int)
(declare-fun y_end_sector_4096_block_16384 () Int)
(declare-fun y_failed_sector_4096_block_16384 () Bool)
(declare-fun y_start_sector_4096_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (< y_start_sector_4096_block_16384
              (ite (and x_failed_sector_4096_block_16384
                        (< x_start_sector_4096_block_16384
                           s_lowestFailedStart_sector_4096_block_16384))
                   x_start_sector_4096_block_16384
                   s_lowestFailedStart_sector_4096_block_16384)))
      (a!5 (< x_start_sector_4096_block_16384
              (ite (and y_failed_sector_4096_block_16384
                        (< y_start_sector_4096_block_16384
                           s_lowestFailedStart_sector_4096_block_16384))
                   y_start_sector_4096_block_16384
                   s_lowestFailedStart_sector_4096_block_16384)))
      (a!7 (+ (+ s_okBytes_sector_4096_block_16384
                 (ite (not x_failed_sector_4096_block_16384)
                      (- x_end_sector_4096_block_16384
                         x_start_sector_4096_block_16384)
                      0))
              (ite (not y_failed_sector_4096_block_16384)
                   (- y_end_sector_4096_block_16384
                      y_start_sector_4096_block_16384)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_4096_block_16384)
                        (< s_highestOkEnd_sector_4096_block_16384
                           x_end_sector_4096_block_16384))
                   x_end_sector_4096_block_16384
                   s_highestOkEnd_sector_4096_block_16384)
              y_end_sector_4096_block_16384))
      (a!11 (< (ite (and (not y_failed_sector_4096_block_16384)
                         (< s_highestOkEnd_sector_4096_block_16384
                            y_end_sector_4096_block_16384))
                    y_end_sector_4096_block_16384
                    s_highestOkEnd_sector_4096_block_16384)
               x_end_sector_4096_block_16384))
      (a!14 (= (ite (and x_failed_sector_4096_block_16384
                         (< x_start_sector_4096_block_16384
                            s_lowestFailedStart_sector_4096_block_16384))
                    x_start_sector_4096_block_16384
                    s_lowestFailedStart_sector_4096_block_16384)
               (ite (and x_failed_sector_4096_block_16384
                         (< x_start_sector_4096_block_16384
                            s_lowestFailedStart_sector_4096_block_16384))
                    x_start_sector_4096_block_16384
                    s_lowestFailedStart_sector_4096_block_16384)))
      (a!15 (= (+ s_okBytes_sector_4096_block_16384
                  (ite (not x_failed_sector_4096_block_16384)
                       (- x_end_sector_4096_block_16384
                          x_start_sector_4096_block_16384)
                       0))
               (+ s_okBytes_sector_4096_block_16384
                  (ite (not x_failed_sector_4096_block_16384)
                       (- x_end_sector_4096_block_16384
                          x_start_sector_4096_block_16384)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_4096_block_16384)
                         (< s_highestOkEnd_sector_4096_block_16384
                            x_end_sector_4096_block_16384))
                    x_end_sector_4096_block_16384
                    s_highestOkEnd_sector_4096_block_16384)
               (ite (and (not x_failed_sector_4096_block_16384)
                         (< s_highestOkEnd_sector_4096_block_16384
                            x_end_sector_4096_block_16384))
                    x_end_sector_4096_block_16384
                    s_highestOkEnd_sector_4096_block_16384)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_4096_block_16384 offset))
                 (- s_lowestFailedStart_sector_4096_block_16384 offset)
                 (ite (and s_anyFailed_sector_4096_block_16384
                           (= s_lowestFailedStart_sector_4096_block_16384
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (ite (and y_failed_sector_4096_block_16384 a!3)
                y_start_sector_4096_block_16384
                (ite (and x_failed_sector_4096_block_16384
                          (< x_start_sector_4096_block_16384
                             s_lowestFailedStart_sector_4096_block_16384))
                     x_start_sector_4096_block_16384
                     s_lowestFailedStart_sector_4096_block_16384)))
      (a!6 (ite (and x_failed_sector_4096_block_16384 a!5)
                x_start_sector_4096_block_16384
                (ite (and y_failed_sector_4096_block_16384
                          (< y_start_sector_4096_block_16384
                             s_lowestFailedStart_sector_4096_block_16384))
                     y_start_sector_4096_block_16384
                     s_lowestFailedStart_sector_4096_block_16384)))
      (a!8 (= a!7
              (+ s_okBytes_sector_4096_block_16384
                 (ite (not y_failed_sector_4096_block_16384)
                      (- y_end_sector_4096_block_16384
                         y_start_sector_4096_block_16384)
                      0)
                 (ite (not x_failed_sector_4096_block_16384)
                      (- x_end_sector_4096_block_16384
                         x_start_sector_4096_block_16384)
                      0))))
      (a!10 (ite (and (not y_failed_sector_4096_block_16384) a!9)
                 y_end_sector_4096_block_16384
                 (ite (and (not x_failed_sector_4096_block_16384)
                           (< s_highestOkEnd_sector_4096_block_16384
                              x_end_sector_4096_block_16384))
                      x_end_sector_4096_block_16384
                      s_highestOkEnd_sector_4096_block_16384)))
      (a!12 (ite (and (not x_failed_sector_4096_block_16384) a!11)
                 x_end_sector_4096_block_16384
                 (ite (and (not y_failed_sector_4096_block_16384)
                           (< s_highestOkEnd_sector_4096_block_16384
                              y_end_sector_4096_block_16384))
                      y_end_sector_4096_block_16384
                      s_highestOkEnd_sector_4096_block_16384)))
      (a!17 (not (and (= (or s_anyFailed_sector_4096_block_16384
                             x_failed_sector_4096_block_16384)
                         (or s_anyFailed_sector_4096_block_16384
                             x_failed_sector_4096_block_16384))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 16384)) (ite (= (mod a!20 16384) 0) 0 16384))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_4096_block_16384
                            x_failed_sector_4096_block_16384)
                        y_failed_sector_4096_block_16384)
                    (or s_anyFailed_sector_4096_block_16384
                        y_failed_sector_4096_block_16384
                        x_failed_sector_4096_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 16384)))
                 (- offset (mod offset 16384))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 16384)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 16384))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 16384)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 16384) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 16384)) a!24)
                 (+ a!26 (ite a!27 0 16384))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 4096) a!18)
                    (ite (< 0 a!18) (div a!18 4096) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (= maxBioBytes (* 4096 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-8192-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_8192_block_16384 () Int)
(declare-fun s_anyFailed_sector_8192_block_16384 () Bool)
(declare-fun s_highestOkEnd_sector_8192_block_16384 () Int)
(declare-fun x_end_sector_8192_block_16384 () Int)
(declare-fun x_failed_sector_8192_block_16384 () Bool)
(declare-fun x_start_sector_8192_block_16384 () Int)
(declare-fun s_okBytes_sector_8192_block_16384 () Int)
(declare-fun y_end_sector_8192_block_16384 () Int)
(declare-fun y_failed_sector_8192_block_16384 () Bool)
(declare-fun y_start_sector_8192_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (< y_start_sector_8192_block_16384
              (ite (and x_failed_sector_8192_block_16384
                        (< x_start_sector_8192_block_16384
                           s_lowestFailedStart_sector_8192_block_16384))
                   x_start_sector_8192_block_16384
                   s_lowestFailedStart_sector_8192_block_16384)))
      (a!5 (< x_start_sector_8192_block_16384
              (ite (and y_failed_sector_8192_block_16384
                        (< y_start_sector_8192_block_16384
                           s_lowestFailedStart_sector_8192_block_16384))
                   y_start_sector_8192_block_16384
                   s_lowestFailedStart_sector_8192_block_16384)))
      (a!7 (+ (+ s_okBytes_sector_8192_block_16384
                 (ite (not x_failed_sector_8192_block_16384)
                      (- x_end_sector_8192_block_16384
                         x_start_sector_8192_block_16384)
                      0))
              (ite (not y_failed_sector_8192_block_16384)
                   (- y_end_sector_8192_block_16384
                      y_start_sector_8192_block_16384)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_8192_block_16384)
                        (< s_highestOkEnd_sector_8192_block_16384
                           x_end_sector_8192_block_16384))
                   x_end_sector_8192_block_16384
                   s_highestOkEnd_sector_8192_block_16384)
              y_end_sector_8192_block_16384))
      (a!11 (< (ite (and (not y_failed_sector_8192_block_16384)
                         (< s_highestOkEnd_sector_8192_block_16384
                            y_end_sector_8192_block_16384))
                    y_end_sector_8192_block_16384
                    s_highestOkEnd_sector_8192_block_16384)
               x_end_sector_8192_block_16384))
      (a!14 (= (ite (and x_failed_sector_8192_block_16384
                         (< x_start_sector_8192_block_16384
                            s_lowestFailedStart_sector_8192_block_16384))
                    x_start_sector_8192_block_16384
                    s_lowestFailedStart_sector_8192_block_16384)
               (ite (and x_failed_sector_8192_block_16384
                         (< x_start_sector_8192_block_16384
                            s_lowestFailedStart_sector_8192_block_16384))
                    x_start_sector_8192_block_16384
                    s_lowestFailedStart_sector_8192_block_16384)))
      (a!15 (= (+ s_okBytes_sector_8192_block_16384
                  (ite (not x_failed_sector_8192_block_16384)
                       (- x_end_sector_8192_block_16384
                          x_start_sector_8192_block_16384)
                       0))
               (+ s_okBytes_sector_8192_block_16384
                  (ite (not x_failed_sector_8192_block_16384)
                       (- x_end_sector_8192_block_16384
                          x_start_sector_8192_block_16384)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_8192_block_16384)
                         (< s_highestOkEnd_sector_8192_block_16384
                            x_end_sector_8192_block_16384))
                    x_end_sector_8192_block_16384
                    s_highestOkEnd_sector_8192_block_16384)
               (ite (and (not x_failed_sector_8192_block_16384)
                         (< s_highestOkEnd_sector_8192_block_16384
                            x_end_sector_8192_block_16384))
                    x_end_sector_8192_block_16384
                    s_highestOkEnd_sector_8192_block_16384)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_8192_block_16384 offset))
                 (- s_lowestFailedStart_sector_8192_block_16384 offset)
                 (ite (and s_anyFailed_sector_8192_block_16384
                           (= s_lowestFailedStart_sector_8192_block_16384
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (ite (and y_failed_sector_8192_block_16384 a!3)
                y_start_sector_8192_block_16384
                (ite (and x_failed_sector_8192_block_16384
                          (< x_start_sector_8192_block_16384
                             s_lowestFailedStart_sector_8192_block_16384))
                     x_start_sector_8192_block_16384
                     s_lowestFailedStart_sector_8192_block_16384)))
      (a!6 (ite (and x_failed_sector_8192_block_16384 a!5)
                x_start_sector_8192_block_16384
                (ite (and y_failed_sector_8192_block_16384
                          (< y_start_sector_8192_block_16384
                             s_lowestFailedStart_sector_8192_block_16384))
                     y_start_sector_8192_block_16384
                     s_lowestFailedStart_sector_8192_block_16384)))
      (a!8 (= a!7
              (+ s_okBytes_sector_8192_block_16384
                 (ite (not y_failed_sector_8192_block_16384)
                      (- y_end_sector_8192_block_16384
                         y_start_sector_8192_block_16384)
                      0)
                 (ite (not x_failed_sector_8192_block_16384)
                      (- x_end_sector_8192_block_16384
                         x_start_sector_8192_block_16384)
                      0))))
      (a!10 (ite (and (not y_failed_sector_8192_block_16384) a!9)
                 y_end_sector_8192_block_16384
                 (ite (and (not x_failed_sector_8192_block_16384)
                           (< s_highestOkEnd_sector_8192_block_16384
                              x_end_sector_8192_block_16384))
                      x_end_sector_8192_block_16384
                      s_highestOkEnd_sector_8192_block_16384)))
      (a!12 (ite (and (not x_failed_sector_8192_block_16384) a!11)
                 x_end_sector_8192_block_16384
                 (ite (and (not y_failed_sector_8192_block_16384)
                           (< s_highestOkEnd_sector_8192_block_16384
                              y_end_sector_8192_block_16384))
                      y_end_sector_8192_block_16384
                      s_highestOkEnd_sector_8192_block_16384)))
      (a!17 (not (and (= (or s_anyFailed_sector_8192_block_16384
                             x_failed_sector_8192_block_16384)
                         (or s_anyFailed_sector_8192_block_16384
                             x_failed_sector_8192_block_16384))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 16384)) (ite (= (mod a!20 16384) 0) 0 16384))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_8192_block_16384
                            x_failed_sector_8192_block_16384)
                        y_failed_sector_8192_block_16384)
                    (or s_anyFailed_sector_8192_block_16384
                        y_failed_sector_8192_block_16384
                        x_failed_sector_8192_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 16384)))
                 (- offset (mod offset 16384))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 16384)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 16384))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 16384)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 16384) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 16384)) a!24)
                 (+ a!26 (ite a!27 0 16384))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 8192) a!18)
                    (ite (< 0 a!18) (div a!18 8192) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 8192) 0)
       (= (mod length 8192) 0)
       (= maxBioBytes (* 8192 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-16384-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_16384_block_16384 () Int)
(declare-fun s_anyFailed_sector_16384_block_16384 () Bool)
(declare-fun s_highestOkEnd_sector_16384_block_16384 () Int)
(declare-fun x_end_sector_16384_block_16384 () Int)
(declare-fun x_failed_sector_16384_block_16384 () Bool)
(declare-fun x_start_sector_16384_block_16384 () Int)
(declare-fun s_okBytes_sector_16384_block_16384 () Int)
(declare-fun y_end_sector_16384_block_16384 () Int)
(declare-fun y_failed_sector_16384_block_16384 () Bool)
(declare-fun y_start_sector_16384_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (< y_start_sector_16384_block_16384
              (ite (and x_failed_sector_16384_block_16384
                        (< x_start_sector_16384_block_16384
                           s_lowestFailedStart_sector_16384_block_16384))
                   x_start_sector_16384_block_16384
                   s_lowestFailedStart_sector_16384_block_16384)))
      (a!5 (< x_start_sector_16384_block_16384
              (ite (and y_failed_sector_16384_block_16384
                        (< y_start_sector_16384_block_16384
                           s_lowestFailedStart_sector_16384_block_16384))
                   y_start_sector_16384_block_16384
                   s_lowestFailedStart_sector_16384_block_16384)))
      (a!7 (+ (+ s_okBytes_sector_16384_block_16384
                 (ite (not x_failed_sector_16384_block_16384)
                      (- x_end_sector_16384_block_16384
                         x_start_sector_16384_block_16384)
                      0))
              (ite (not y_failed_sector_16384_block_16384)
                   (- y_end_sector_16384_block_16384
                      y_start_sector_16384_block_16384)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_16384_block_16384)
                        (< s_highestOkEnd_sector_16384_block_16384
                           x_end_sector_16384_block_16384))
                   x_end_sector_16384_block_16384
                   s_highestOkEnd_sector_16384_block_16384)
              y_end_sector_16384_block_16384))
      (a!11 (< (ite (and (not y_failed_sector_16384_block_16384)
                         (< s_highestOkEnd_sector_16384_block_16384
                            y_end_sector_16384_block_16384))
                    y_end_sector_16384_block_16384
                    s_highestOkEnd_sector_16384_block_16384)
               x_end_sector_16384_block_16384))
      (a!14 (= (ite (and x_failed_sector_16384_block_16384
                         (< x_start_sector_16384_block_16384
                            s_lowestFailedStart_sector_16384_block_16384))
                    x_start_sector_16384_block_16384
                    s_lowestFailedStart_sector_16384_block_16384)
               (ite (and x_failed_sector_16384_block_16384
                         (< x_start_sector_16384_block_16384
                            s_lowestFailedStart_sector_16384_block_16384))
                    x_start_sector_16384_block_16384
                    s_lowestFailedStart_sector_16384_block_16384)))
      (a!15 (= (+ s_okBytes_sector_16384_block_16384
                  (ite (not x_failed_sector_16384_block_16384)
                       (- x_end_sector_16384_block_16384
                          x_start_sector_16384_block_16384)
                       0))
               (+ s_okBytes_sector_16384_block_16384
                  (ite (not x_failed_sector_16384_block_16384)
                       (- x_end_sector_16384_block_16384
                          x_start_sector_16384_block_16384)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_16384_block_16384)
                         (< s_highestOkEnd_sector_16384_block_16384
                            x_end_sector_16384_block_16384))
                    x_end_sector_16384_block_16384
                    s_highestOkEnd_sector_16384_block_16384)
               (ite (and (not x_failed_sector_16384_block_16384)
                         (< s_highestOkEnd_sector_16384_block_16384
                            x_end_sector_16384_block_16384))
                    x_end_sector_16384_block_16384
                    s_highestOkEnd_sector_16384_block_16384)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_16384_block_16384 offset))
                 (- s_lowestFailedStart_sector_16384_block_16384 offset)
                 (ite (and s_anyFailed_sector_16384_block_16384
                           (= s_lowestFailedStart_sector_16384_block_16384
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (ite (and y_failed_sector_16384_block_16384 a!3)
                y_start_sector_16384_block_16384
                (ite (and x_failed_sector_16384_block_16384
                          (< x_start_sector_16384_block_16384
                             s_lowestFailedStart_sector_16384_block_16384))
                     x_start_sector_16384_block_16384
                     s_lowestFailedStart_sector_16384_block_16384)))
      (a!6 (ite (and x_failed_sector_16384_block_16384 a!5)
                x_start_sector_16384_block_16384
                (ite (and y_failed_sector_16384_block_16384
                          (< y_start_sector_16384_block_16384
                             s_lowestFailedStart_sector_16384_block_16384))
                     y_start_sector_16384_block_16384
                     s_lowestFailedStart_sector_16384_block_16384)))
      (a!8 (= a!7
              (+ s_okBytes_sector_16384_block_16384
                 (ite (not y_failed_sector_16384_block_16384)
                      (- y_end_sector_16384_block_16384
                         y_start_sector_16384_block_16384)
                      0)
                 (ite (not x_failed_sector_16384_block_16384)
                      (- x_end_sector_16384_block_16384
                         x_start_sector_16384_block_16384)
                      0))))
      (a!10 (ite (and (not y_failed_sector_16384_block_16384) a!9)
                 y_end_sector_16384_block_16384
                 (ite (and (not x_failed_sector_16384_block_16384)
                           (< s_highestOkEnd_sector_16384_block_16384
                              x_end_sector_16384_block_16384))
                      x_end_sector_16384_block_16384
                      s_highestOkEnd_sector_16384_block_16384)))
      (a!12 (ite (and (not x_failed_sector_16384_block_16384) a!11)
                 x_end_sector_16384_block_16384
                 (ite (and (not y_failed_sector_16384_block_16384)
                           (< s_highestOkEnd_sector_16384_block_16384
                              y_end_sector_16384_block_16384))
                      y_end_sector_16384_block_16384
                      s_highestOkEnd_sector_16384_block_16384)))
      (a!17 (not (and (= (or s_anyFailed_sector_16384_block_16384
                             x_failed_sector_16384_block_16384)
                         (or s_anyFailed_sector_16384_block_16384
                             x_failed_sector_16384_block_16384))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 16384)) (ite (= (mod a!20 16384) 0) 0 16384))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_16384_block_16384
                            x_failed_sector_16384_block_16384)
                        y_failed_sector_16384_block_16384)
                    (or s_anyFailed_sector_16384_block_16384
                        y_failed_sector_16384_block_16384
                        x_failed_sector_16384_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 16384)))
                 (- offset (mod offset 16384))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 16384)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 16384))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 16384)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 16384) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 16384)) a!24)
                 (+ a!26 (ite a!27 0 16384))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 16384) a!18)
                    (ite (< 0 a!18) (div a!18 16384) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 16384) 0)
       (= (mod length 16384) 0)
       (= maxBioBytes (* 16384 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-512-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_512_block_32768 () Int)
(declare-fun s_anyFailed_sector_512_block_32768 () Bool)
(declare-fun s_highestOkEnd_sector_512_block_32768 () Int)
(declare-fun x_end_sector_512_block_32768 () Int)
(declare-fun x_failed_sector_512_block_32768 () Bool)
(declare-fun x_start_sector_512_block_32768 () Int)
(declare-fun s_okBytes_sector_512_block_32768 () Int)
(declare-fun y_end_sector_512_block_32768 () Int)
(declare-fun y_failed_sector_512_block_32768 () Bool)
(declare-fun y_start_sector_512_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (< y_start_sector_512_block_32768
              (ite (and x_failed_sector_512_block_32768
                        (< x_start_sector_512_block_32768
                           s_lowestFailedStart_sector_512_block_32768))
                   x_start_sector_512_block_32768
                   s_lowestFailedStart_sector_512_block_32768)))
      (a!5 (< x_start_sector_512_block_32768
              (ite (and y_failed_sector_512_block_32768
                        (< y_start_sector_512_block_32768
                           s_lowestFailedStart_sector_512_block_32768))
                   y_start_sector_512_block_32768
                   s_lowestFailedStart_sector_512_block_32768)))
      (a!7 (+ (+ s_okBytes_sector_512_block_32768
                 (ite (not x_failed_sector_512_block_32768)
                      (- x_end_sector_512_block_32768
                         x_start_sector_512_block_32768)
                      0))
              (ite (not y_failed_sector_512_block_32768)
                   (- y_end_sector_512_block_32768
                      y_start_sector_512_block_32768)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_512_block_32768)
                        (< s_highestOkEnd_sector_512_block_32768
                           x_end_sector_512_block_32768))
                   x_end_sector_512_block_32768
                   s_highestOkEnd_sector_512_block_32768)
              y_end_sector_512_block_32768))
      (a!11 (< (ite (and (not y_failed_sector_512_block_32768)
                         (< s_highestOkEnd_sector_512_block_32768
                            y_end_sector_512_block_32768))
                    y_end_sector_512_block_32768
                    s_highestOkEnd_sector_512_block_32768)
               x_end_sector_512_block_32768))
      (a!14 (= (ite (and x_failed_sector_512_block_32768
                         (< x_start_sector_512_block_32768
                            s_lowestFailedStart_sector_512_block_32768))
                    x_start_sector_512_block_32768
                    s_lowestFailedStart_sector_512_block_32768)
               (ite (and x_failed_sector_512_block_32768
                         (< x_start_sector_512_block_32768
                            s_lowestFailedStart_sector_512_block_32768))
                    x_start_sector_512_block_32768
                    s_lowestFailedStart_sector_512_block_32768)))
      (a!15 (= (+ s_okBytes_sector_512_block_32768
                  (ite (not x_failed_sector_512_block_32768)
                       (- x_end_sector_512_block_32768
                          x_start_sector_512_block_32768)
                       0))
               (+ s_okBytes_sector_512_block_32768
                  (ite (not x_failed_sector_512_block_32768)
                       (- x_end_sector_512_block_32768
                          x_start_sector_512_block_32768)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_512_block_32768)
                         (< s_highestOkEnd_sector_512_block_32768
                            x_end_sector_512_block_32768))
                    x_end_sector_512_block_32768
                    s_highestOkEnd_sector_512_block_32768)
               (ite (and (not x_failed_sector_512_block_32768)
                         (< s_highestOkEnd_sector_512_block_32768
                            x_end_sector_512_block_32768))
                    x_end_sector_512_block_32768
                    s_highestOkEnd_sector_512_block_32768)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_512_block_32768 offset))
                 (- s_lowestFailedStart_sector_512_block_32768 offset)
                 (ite (and s_anyFailed_sector_512_block_32768
                           (= s_lowestFailedStart_sector_512_block_32768 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (ite (and y_failed_sector_512_block_32768 a!3)
                y_start_sector_512_block_32768
                (ite (and x_failed_sector_512_block_32768
                          (< x_start_sector_512_block_32768
                             s_lowestFailedStart_sector_512_block_32768))
                     x_start_sector_512_block_32768
                     s_lowestFailedStart_sector_512_block_32768)))
      (a!6 (ite (and x_failed_sector_512_block_32768 a!5)
                x_start_sector_512_block_32768
                (ite (and y_failed_sector_512_block_32768
                          (< y_start_sector_512_block_32768
                             s_lowestFailedStart_sector_512_block_32768))
                     y_start_sector_512_block_32768
                     s_lowestFailedStart_sector_512_block_32768)))
      (a!8 (= a!7
              (+ s_okBytes_sector_512_block_32768
                 (ite (not y_failed_sector_512_block_32768)
                      (- y_end_sector_512_block_32768
                         y_start_sector_512_block_32768)
                      0)
                 (ite (not x_failed_sector_512_block_32768)
                      (- x_end_sector_512_block_32768
                         x_start_sector_512_block_32768)
                      0))))
      (a!10 (ite (and (not y_failed_sector_512_block_32768) a!9)
                 y_end_sector_512_block_32768
                 (ite (and (not x_failed_sector_512_block_32768)
                           (< s_highestOkEnd_sector_512_block_32768
                              x_end_sector_512_block_32768))
                      x_end_sector_512_block_32768
                      s_highestOkEnd_sector_512_block_32768)))
      (a!12 (ite (and (not x_failed_sector_512_block_32768) a!11)
                 x_end_sector_512_block_32768
                 (ite (and (not y_failed_sector_512_block_32768)
                           (< s_highestOkEnd_sector_512_block_32768
                              y_end_sector_512_block_32768))
                      y_end_sector_512_block_32768
                      s_highestOkEnd_sector_512_block_32768)))
      (a!17 (not (and (= (or s_anyFailed_sector_512_block_32768
                             x_failed_sector_512_block_32768)
                         (or s_anyFailed_sector_512_block_32768
                             x_failed_sector_512_block_32768))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 32768)) (ite (= (mod a!20 32768) 0) 0 32768))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_32768
                            x_failed_sector_512_block_32768)
                        y_failed_sector_512_block_32768)
                    (or s_anyFailed_sector_512_block_32768
                        y_failed_sector_512_block_32768
                        x_failed_sector_512_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 32768)))
                 (- offset (mod offset 32768))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 32768)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 32768))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 32768)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 32768) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 32768)) a!24)
                 (+ a!26 (ite a!27 0 32768))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 512) a!18)
                    (ite (< 0 a!18) (div a!18 512) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (= maxBioBytes (* 512 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-1024-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_32768 () Int)
(declare-fun s_anyFailed_sector_1024_block_32768 () Bool)
(declare-fun s_highestOkEnd_sector_1024_block_32768 () Int)
(declare-fun x_end_sector_1024_block_32768 () Int)
(declare-fun x_failed_sector_1024_block_32768 () Bool)
(declare-fun x_start_sector_1024_block_32768 () Int)
(declare-fun s_okBytes_sector_1024_block_32768 () Int)
(declare-fun y_end_sector_1024_block_32768 () Int)
(declare-fun y_failed_sector_1024_block_32768 () Bool)
(declare-fun y_start_sector_1024_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (< y_start_sector_1024_block_32768
              (ite (and x_failed_sector_1024_block_32768
                        (< x_start_sector_1024_block_32768
                           s_lowestFailedStart_sector_1024_block_32768))
                   x_start_sector_1024_block_32768
                   s_lowestFailedStart_sector_1024_block_32768)))
      (a!5 (< x_start_sector_1024_block_32768
              (ite (and y_failed_sector_1024_block_32768
                        (< y_start_sector_1024_block_32768
                           s_lowestFailedStart_sector_1024_block_32768))
                   y_start_sector_1024_block_32768
                   s_lowestFailedStart_sector_1024_block_32768)))
      (a!7 (+ (+ s_okBytes_sector_1024_block_32768
                 (ite (not x_failed_sector_1024_block_32768)
                      (- x_end_sector_1024_block_32768
                         x_start_sector_1024_block_32768)
                      0))
              (ite (not y_failed_sector_1024_block_32768)
                   (- y_end_sector_1024_block_32768
                      y_start_sector_1024_block_32768)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_1024_block_32768)
                        (< s_highestOkEnd_sector_1024_block_32768
                           x_end_sector_1024_block_32768))
                   x_end_sector_1024_block_32768
                   s_highestOkEnd_sector_1024_block_32768)
              y_end_sector_1024_block_32768))
      (a!11 (< (ite (and (not y_failed_sector_1024_block_32768)
                         (< s_highestOkEnd_sector_1024_block_32768
                            y_end_sector_1024_block_32768))
                    y_end_sector_1024_block_32768
                    s_highestOkEnd_sector_1024_block_32768)
               x_end_sector_1024_block_32768))
      (a!14 (= (ite (and x_failed_sector_1024_block_32768
                         (< x_start_sector_1024_block_32768
                            s_lowestFailedStart_sector_1024_block_32768))
                    x_start_sector_1024_block_32768
                    s_lowestFailedStart_sector_1024_block_32768)
               (ite (and x_failed_sector_1024_block_32768
                         (< x_start_sector_1024_block_32768
                            s_lowestFailedStart_sector_1024_block_32768))
                    x_start_sector_1024_block_32768
                    s_lowestFailedStart_sector_1024_block_32768)))
      (a!15 (= (+ s_okBytes_sector_1024_block_32768
                  (ite (not x_failed_sector_1024_block_32768)
                       (- x_end_sector_1024_block_32768
                          x_start_sector_1024_block_32768)
                       0))
               (+ s_okBytes_sector_1024_block_32768
                  (ite (not x_failed_sector_1024_block_32768)
                       (- x_end_sector_1024_block_32768
                          x_start_sector_1024_block_32768)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_1024_block_32768)
                         (< s_highestOkEnd_sector_1024_block_32768
                            x_end_sector_1024_block_32768))
                    x_end_sector_1024_block_32768
                    s_highestOkEnd_sector_1024_block_32768)
               (ite (and (not x_failed_sector_1024_block_32768)
                         (< s_highestOkEnd_sector_1024_block_32768
                            x_end_sector_1024_block_32768))
                    x_end_sector_1024_block_32768
                    s_highestOkEnd_sector_1024_block_32768)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_1024_block_32768 offset))
                 (- s_lowestFailedStart_sector_1024_block_32768 offset)
                 (ite (and s_anyFailed_sector_1024_block_32768
                           (= s_lowestFailedStart_sector_1024_block_32768
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (ite (and y_failed_sector_1024_block_32768 a!3)
                y_start_sector_1024_block_32768
                (ite (and x_failed_sector_1024_block_32768
                          (< x_start_sector_1024_block_32768
                             s_lowestFailedStart_sector_1024_block_32768))
                     x_start_sector_1024_block_32768
                     s_lowestFailedStart_sector_1024_block_32768)))
      (a!6 (ite (and x_failed_sector_1024_block_32768 a!5)
                x_start_sector_1024_block_32768
                (ite (and y_failed_sector_1024_block_32768
                          (< y_start_sector_1024_block_32768
                             s_lowestFailedStart_sector_1024_block_32768))
                     y_start_sector_1024_block_32768
                     s_lowestFailedStart_sector_1024_block_32768)))
      (a!8 (= a!7
              (+ s_okBytes_sector_1024_block_32768
                 (ite (not y_failed_sector_1024_block_32768)
                      (- y_end_sector_1024_block_32768
                         y_start_sector_1024_block_32768)
                      0)
                 (ite (not x_failed_sector_1024_block_32768)
                      (- x_end_sector_1024_block_32768
                         x_start_sector_1024_block_32768)
                      0))))
      (a!10 (ite (and (not y_failed_sector_1024_block_32768) a!9)
                 y_end_sector_1024_block_32768
                 (ite (and (not x_failed_sector_1024_block_32768)
                           (< s_highestOkEnd_sector_1024_block_32768
                              x_end_sector_1024_block_32768))
                      x_end_sector_1024_block_32768
                      s_highestOkEnd_sector_1024_block_32768)))
      (a!12 (ite (and (not x_failed_sector_1024_block_32768) a!11)
                 x_end_sector_1024_block_32768
                 (ite (and (not y_failed_sector_1024_block_32768)
                           (< s_highestOkEnd_sector_1024_block_32768
                              y_end_sector_1024_block_32768))
                      y_end_sector_1024_block_32768
                      s_highestOkEnd_sector_1024_block_32768)))
      (a!17 (not (and (= (or s_anyFailed_sector_1024_block_32768
                             x_failed_sector_1024_block_32768)
                         (or s_anyFailed_sector_1024_block_32768
                             x_failed_sector_1024_block_32768))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 32768)) (ite (= (mod a!20 32768) 0) 0 32768))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_32768
                            x_failed_sector_1024_block_32768)
                        y_failed_sector_1024_block_32768)
                    (or s_anyFailed_sector_1024_block_32768
                        y_failed_sector_1024_block_32768
                        x_failed_sector_1024_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 32768)))
                 (- offset (mod offset 32768))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 32768)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 32768))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 32768)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 32768) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 32768)) a!24)
                 (+ a!26 (ite a!27 0 32768))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 1024) a!18)
                    (ite (< 0 a!18) (div a!18 1024) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 1024) 0)
       (= (mod length 1024) 0)
       (= maxBioBytes (* 1024 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-2048-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_32768 () Int)
(declare-fun s_anyFailed_sector_2048_block_32768 () Bool)
(declare-fun s_highestOkEnd_sector_2048_block_32768 () Int)
(declare-fun x_end_sector_2048_block_32768 () Int)
(declare-fun x_failed_sector_2048_block_32768 () Bool)
(declare-fun x_start_sector_2048_block_32768 () Int)
(declare-fun s_okBytes_sector_2048_block_32768 () Int)
(declare-fun y_end_sector_2048_block_32768 () Int)
(declare-fun y_failed_sector_2048_block_32768 () Bool)
(declare-fun y_start_sector_2048_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (< y_start_sector_2048_block_32768
              (ite (and x_failed_sector_2048_block_32768
                        (< x_start_sector_2048_block_32768
                           s_lowestFailedStart_sector_2048_block_32768))
                   x_start_sector_2048_block_32768
                   s_lowestFailedStart_sector_2048_block_32768)))
      (a!5 (< x_start_sector_2048_block_32768
              (ite (and y_failed_sector_2048_block_32768
                        (< y_start_sector_2048_block_32768
                           s_lowestFailedStart_sector_2048_block_32768))
                   y_start_sector_2048_block_32768
                   s_lowestFailedStart_sector_2048_block_32768)))
      (a!7 (+ (+ s_okBytes_sector_2048_block_32768
                 (ite (not x_failed_sector_2048_block_32768)
                      (- x_end_sector_2048_block_32768
                         x_start_sector_2048_block_32768)
                      0))
              (ite (not y_failed_sector_2048_block_32768)
                   (- y_end_sector_2048_block_32768
                      y_start_sector_2048_block_32768)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_2048_block_32768)
                        (< s_highestOkEnd_sector_2048_block_32768
                           x_end_sector_2048_block_32768))
                   x_end_sector_2048_block_32768
                   s_highestOkEnd_sector_2048_block_32768)
              y_end_sector_2048_block_32768))
      (a!11 (< (ite (and (not y_failed_sector_2048_block_32768)
                         (< s_highestOkEnd_sector_2048_block_32768
                            y_end_sector_2048_block_32768))
                    y_end_sector_2048_block_32768
                    s_highestOkEnd_sector_2048_block_32768)
               x_end_sector_2048_block_32768))
      (a!14 (= (ite (and x_failed_sector_2048_block_32768
                         (< x_start_sector_2048_block_32768
                            s_lowestFailedStart_sector_2048_block_32768))
                    x_start_sector_2048_block_32768
                    s_lowestFailedStart_sector_2048_block_32768)
               (ite (and x_failed_sector_2048_block_32768
                         (< x_start_sector_2048_block_32768
                            s_lowestFailedStart_sector_2048_block_32768))
                    x_start_sector_2048_block_32768
                    s_lowestFailedStart_sector_2048_block_32768)))
      (a!15 (= (+ s_okBytes_sector_2048_block_32768
                  (ite (not x_failed_sector_2048_block_32768)
                       (- x_end_sector_2048_block_32768
                          x_start_sector_2048_block_32768)
                       0))
               (+ s_okBytes_sector_2048_block_32768
                  (ite (not x_failed_sector_2048_block_32768)
                       (- x_end_sector_2048_block_32768
                          x_start_sector_2048_block_32768)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_2048_block_32768)
                         (< s_highestOkEnd_sector_2048_block_32768
                            x_end_sector_2048_block_32768))
                    x_end_sector_2048_block_32768
                    s_highestOkEnd_sector_2048_block_32768)
               (ite (and (not x_failed_sector_2048_block_32768)
                         (< s_highestOkEnd_sector_2048_block_32768
                            x_end_sector_2048_block_32768))
                    x_end_sector_2048_block_32768
                    s_highestOkEnd_sector_2048_block_32768)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_2048_block_32768 offset))
                 (- s_lowestFailedStart_sector_2048_block_32768 offset)
                 (ite (and s_anyFailed_sector_2048_block_32768
                           (= s_lowestFailedStart_sector_2048_block_32768
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (ite (and y_failed_sector_2048_block_32768 a!3)
                y_start_sector_2048_block_32768
                (ite (and x_failed_sector_2048_block_32768
                          (< x_start_sector_2048_block_32768
                             s_lowestFailedStart_sector_2048_block_32768))
                     x_start_sector_2048_block_32768
                     s_lowestFailedStart_sector_2048_block_32768)))
      (a!6 (ite (and x_failed_sector_2048_block_32768 a!5)
                x_start_sector_2048_block_32768
                (ite (and y_failed_sector_2048_block_32768
                          (< y_start_sector_2048_block_32768
                             s_lowestFailedStart_sector_2048_block_32768))
                     y_start_sector_2048_block_32768
                     s_lowestFailedStart_sector_2048_block_32768)))
      (a!8 (= a!7
              (+ s_okBytes_sector_2048_block_32768
                 (ite (not y_failed_sector_2048_block_32768)
                      (- y_end_sector_2048_block_32768
                         y_start_sector_2048_block_32768)
                      0)
                 (ite (not x_failed_sector_2048_block_32768)
                      (- x_end_sector_2048_block_32768
                         x_start_sector_2048_block_32768)
                      0))))
      (a!10 (ite (and (not y_failed_sector_2048_block_32768) a!9)
                 y_end_sector_2048_block_32768
                 (ite (and (not x_failed_sector_2048_block_32768)
                           (< s_highestOkEnd_sector_2048_block_32768
                              x_end_sector_2048_block_32768))
                      x_end_sector_2048_block_32768
                      s_highestOkEnd_sector_2048_block_32768)))
      (a!12 (ite (and (not x_failed_sector_2048_block_32768) a!11)
                 x_end_sector_2048_block_32768
                 (ite (and (not y_failed_sector_2048_block_32768)
                           (< s_highestOkEnd_sector_2048_block_32768
                              y_end_sector_2048_block_32768))
                      y_end_sector_2048_block_32768
                      s_highestOkEnd_sector_2048_block_32768)))
      (a!17 (not (and (= (or s_anyFailed_sector_2048_block_32768
                             x_failed_sector_2048_block_32768)
                         (or s_anyFailed_sector_2048_block_32768
                             x_failed_sector_2048_block_32768))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 32768)) (ite (= (mod a!20 32768) 0) 0 32768))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_32768
                            x_failed_sector_2048_block_32768)
                        y_failed_sector_2048_block_32768)
                    (or s_anyFailed_sector_2048_block_32768
                        y_failed_sector_2048_block_32768
                        x_failed_sector_2048_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 32768)))
                 (- offset (mod offset 32768))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 32768)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 32768))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 32768)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 32768) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 32768)) a!24)
                 (+ a!26 (ite a!27 0 32768))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 2048) a!18)
                    (ite (< 0 a!18) (div a!18 2048) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 2048) 0)
       (= (mod length 2048) 0)
       (= maxBioBytes (* 2048 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-4096-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_4096_block_32768 () Int)
(declare-fun s_anyFailed_sector_4096_block_32768 () Bool)
(declare-fun s_highestOkEnd_sector_4096_block_32768 () Int)
(declare-fun x_end_sector_4096_block_32768 () Int)
(declare-fun x_failed_sector_4096_block_32768 () Bool)
(declare-fun x_start_sector_4096_block_32768 () Int)
(declare-fun s_okBytes_sector_4096_block_32768 () Int)
(declare-fun y_end_sector_4096_block_32768 () Int)
(declare-fun y_failed_sector_4096_block_32768 () Bool)
(declare-fun y_start_sector_4096_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (< y_start_sector_4096_block_32768
              (ite (and x_failed_sector_4096_block_32768
                        (< x_start_sector_4096_block_32768
                           s_lowestFailedStart_sector_4096_block_32768))
                   x_start_sector_4096_block_32768
                   s_lowestFailedStart_sector_4096_block_32768)))
      (a!5 (< x_start_sector_4096_block_32768
              (ite (and y_failed_sector_4096_block_32768
                        (< y_start_sector_4096_block_32768
                           s_lowestFailedStart_sector_4096_block_32768))
                   y_start_sector_4096_block_32768
                   s_lowestFailedStart_sector_4096_block_32768)))
      (a!7 (+ (+ s_okBytes_sector_4096_block_32768
                 (ite (not x_failed_sector_4096_block_32768)
                      (- x_end_sector_4096_block_32768
                         x_start_sector_4096_block_32768)
                      0))
              (ite (not y_failed_sector_4096_block_32768)
                   (- y_end_sector_4096_block_32768
                      y_start_sector_4096_block_32768)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_4096_block_32768)
                        (< s_highestOkEnd_sector_4096_block_32768
                           x_end_sector_4096_block_32768))
                   x_end_sector_4096_block_32768
                   s_highestOkEnd_sector_4096_block_32768)
              y_end_sector_4096_block_32768))
      (a!11 (< (ite (and (not y_failed_sector_4096_block_32768)
                         (< s_highestOkEnd_sector_4096_block_32768
                            y_end_sector_4096_block_32768))
                    y_end_sector_4096_block_32768
                    s_highestOkEnd_sector_4096_block_32768)
               x_end_sector_4096_block_32768))
      (a!14 (= (ite (and x_failed_sector_4096_block_32768
                         (< x_start_sector_4096_block_32768
                            s_lowestFailedStart_sector_4096_block_32768))
                    x_start_sector_4096_block_32768
                    s_lowestFailedStart_sector_4096_block_32768)
               (ite (and x_failed_sector_4096_block_32768
                         (< x_start_sector_4096_block_32768
                            s_lowestFailedStart_sector_4096_block_32768))
                    x_start_sector_4096_block_32768
                    s_lowestFailedStart_sector_4096_block_32768)))
      (a!15 (= (+ s_okBytes_sector_4096_block_32768
                  (ite (not x_failed_sector_4096_block_32768)
                       (- x_end_sector_4096_block_32768
                          x_start_sector_4096_block_32768)
                       0))
               (+ s_okBytes_sector_4096_block_32768
                  (ite (not x_failed_sector_4096_block_32768)
                       (- x_end_sector_4096_block_32768
                          x_start_sector_4096_block_32768)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_4096_block_32768)
                         (< s_highestOkEnd_sector_4096_block_32768
                            x_end_sector_4096_block_32768))
                    x_end_sector_4096_block_32768
                    s_highestOkEnd_sector_4096_block_32768)
               (ite (and (not x_failed_sector_4096_block_32768)
                         (< s_highestOkEnd_sector_4096_block_32768
                            x_end_sector_4096_block_32768))
                    x_end_sector_4096_block_32768
                    s_highestOkEnd_sector_4096_block_32768)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_4096_block_32768 offset))
                 (- s_lowestFailedStart_sector_4096_block_32768 offset)
                 (ite (and s_anyFailed_sector_4096_block_32768
                           (= s_lowestFailedStart_sector_4096_block_32768
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (ite (and y_failed_sector_4096_block_32768 a!3)
                y_start_sector_4096_block_32768
                (ite (and x_failed_sector_4096_block_32768
                          (< x_start_sector_4096_block_32768
                             s_lowestFailedStart_sector_4096_block_32768))
                     x_start_sector_4096_block_32768
                     s_lowestFailedStart_sector_4096_block_32768)))
      (a!6 (ite (and x_failed_sector_4096_block_32768 a!5)
                x_start_sector_4096_block_32768
                (ite (and y_failed_sector_4096_block_32768
                          (< y_start_sector_4096_block_32768
                             s_lowestFailedStart_sector_4096_block_32768))
                     y_start_sector_4096_block_32768
                     s_lowestFailedStart_sector_4096_block_32768)))
      (a!8 (= a!7
              (+ s_okBytes_sector_4096_block_32768
                 (ite (not y_failed_sector_4096_block_32768)
                      (- y_end_sector_4096_block_32768
                         y_start_sector_4096_block_32768)
                      0)
                 (ite (not x_failed_sector_4096_block_32768)
                      (- x_end_sector_4096_block_32768
                         x_start_sector_4096_block_32768)
                      0))))
      (a!10 (ite (and (not y_failed_sector_4096_block_32768) a!9)
                 y_end_sector_4096_block_32768
                 (ite (and (not x_failed_sector_4096_block_32768)
                           (< s_highestOkEnd_sector_4096_block_32768
                              x_end_sector_4096_block_32768))
                      x_end_sector_4096_block_32768
                      s_highestOkEnd_sector_4096_block_32768)))
      (a!12 (ite (and (not x_failed_sector_4096_block_32768) a!11)
                 x_end_sector_4096_block_32768
                 (ite (and (not y_failed_sector_4096_block_32768)
                           (< s_highestOkEnd_sector_4096_block_32768
                              y_end_sector_4096_block_32768))
                      y_end_sector_4096_block_32768
                      s_highestOkEnd_sector_4096_block_32768)))
      (a!17 (not (and (= (or s_anyFailed_sector_4096_block_32768
                             x_failed_sector_4096_block_32768)
                         (or s_anyFailed_sector_4096_block_32768
                             x_failed_sector_4096_block_32768))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 32768)) (ite (= (mod a!20 32768) 0) 0 32768))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_4096_block_32768
                            x_failed_sector_4096_block_32768)
                        y_failed_sector_4096_block_32768)
                    (or s_anyFailed_sector_4096_block_32768
                        y_failed_sector_4096_block_32768
                        x_failed_sector_4096_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 32768)))
                 (- offset (mod offset 32768))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 32768)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 32768))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 32768)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 32768) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 32768)) a!24)
                 (+ a!26 (ite a!27 0 32768))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 4096) a!18)
                    (ite (< 0 a!18) (div a!18 4096) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (= maxBioBytes (* 4096 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-8192-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_8192_block_32768 () Int)
(declare-fun s_anyFailed_sector_8192_block_32768 () Bool)
(declare-fun s_highestOkEnd_sector_8192_block_32768 () Int)
(declare-fun x_end_sector_8192_block_32768 () Int)
(declare-fun x_failed_sector_8192_block_32768 () Bool)
(declare-fun x_start_sector_8192_block_32768 () Int)
(declare-fun s_okBytes_sector_8192_block_32768 () Int)
(declare-fun y_end_sector_8192_block_32768 () Int)
(declare-fun y_failed_sector_8192_block_32768 () Bool)
(declare-fun y_start_sector_8192_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (< y_start_sector_8192_block_32768
              (ite (and x_failed_sector_8192_block_32768
                        (< x_start_sector_8192_block_32768
                           s_lowestFailedStart_sector_8192_block_32768))
                   x_start_sector_8192_block_32768
                   s_lowestFailedStart_sector_8192_block_32768)))
      (a!5 (< x_start_sector_8192_block_32768
              (ite (and y_failed_sector_8192_block_32768
                        (< y_start_sector_8192_block_32768
                           s_lowestFailedStart_sector_8192_block_32768))
                   y_start_sector_8192_block_32768
                   s_lowestFailedStart_sector_8192_block_32768)))
      (a!7 (+ (+ s_okBytes_sector_8192_block_32768
                 (ite (not x_failed_sector_8192_block_32768)
                      (- x_end_sector_8192_block_32768
                         x_start_sector_8192_block_32768)
                      0))
              (ite (not y_failed_sector_8192_block_32768)
                   (- y_end_sector_8192_block_32768
                      y_start_sector_8192_block_32768)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_8192_block_32768)
                        (< s_highestOkEnd_sector_8192_block_32768
                           x_end_sector_8192_block_32768))
                   x_end_sector_8192_block_32768
                   s_highestOkEnd_sector_8192_block_32768)
              y_end_sector_8192_block_32768))
      (a!11 (< (ite (and (not y_failed_sector_8192_block_32768)
                         (< s_highestOkEnd_sector_8192_block_32768
                            y_end_sector_8192_block_32768))
                    y_end_sector_8192_block_32768
                    s_highestOkEnd_sector_8192_block_32768)
               x_end_sector_8192_block_32768))
      (a!14 (= (ite (and x_failed_sector_8192_block_32768
                         (< x_start_sector_8192_block_32768
                            s_lowestFailedStart_sector_8192_block_32768))
                    x_start_sector_8192_block_32768
                    s_lowestFailedStart_sector_8192_block_32768)
               (ite (and x_failed_sector_8192_block_32768
                         (< x_start_sector_8192_block_32768
                            s_lowestFailedStart_sector_8192_block_32768))
                    x_start_sector_8192_block_32768
                    s_lowestFailedStart_sector_8192_block_32768)))
      (a!15 (= (+ s_okBytes_sector_8192_block_32768
                  (ite (not x_failed_sector_8192_block_32768)
                       (- x_end_sector_8192_block_32768
                          x_start_sector_8192_block_32768)
                       0))
               (+ s_okBytes_sector_8192_block_32768
                  (ite (not x_failed_sector_8192_block_32768)
                       (- x_end_sector_8192_block_32768
                          x_start_sector_8192_block_32768)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_8192_block_32768)
                         (< s_highestOkEnd_sector_8192_block_32768
                            x_end_sector_8192_block_32768))
                    x_end_sector_8192_block_32768
                    s_highestOkEnd_sector_8192_block_32768)
               (ite (and (not x_failed_sector_8192_block_32768)
                         (< s_highestOkEnd_sector_8192_block_32768
                            x_end_sector_8192_block_32768))
                    x_end_sector_8192_block_32768
                    s_highestOkEnd_sector_8192_block_32768)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_8192_block_32768 offset))
                 (- s_lowestFailedStart_sector_8192_block_32768 offset)
                 (ite (and s_anyFailed_sector_8192_block_32768
                           (= s_lowestFailedStart_sector_8192_block_32768
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (ite (and y_failed_sector_8192_block_32768 a!3)
                y_start_sector_8192_block_32768
                (ite (and x_failed_sector_8192_block_32768
                          (< x_start_sector_8192_block_32768
                             s_lowestFailedStart_sector_8192_block_32768))
                     x_start_sector_8192_block_32768
                     s_lowestFailedStart_sector_8192_block_32768)))
      (a!6 (ite (and x_failed_sector_8192_block_32768 a!5)
                x_start_sector_8192_block_32768
                (ite (and y_failed_sector_8192_block_32768
                          (< y_start_sector_8192_block_32768
                             s_lowestFailedStart_sector_8192_block_32768))
                     y_start_sector_8192_block_32768
                     s_lowestFailedStart_sector_8192_block_32768)))
      (a!8 (= a!7
              (+ s_okBytes_sector_8192_block_32768
                 (ite (not y_failed_sector_8192_block_32768)
                      (- y_end_sector_8192_block_32768
                         y_start_sector_8192_block_32768)
                      0)
                 (ite (not x_failed_sector_8192_block_32768)
                      (- x_end_sector_8192_block_32768
                         x_start_sector_8192_block_32768)
                      0))))
      (a!10 (ite (and (not y_failed_sector_8192_block_32768) a!9)
                 y_end_sector_8192_block_32768
                 (ite (and (not x_failed_sector_8192_block_32768)
                           (< s_highestOkEnd_sector_8192_block_32768
                              x_end_sector_8192_block_32768))
                      x_end_sector_8192_block_32768
                      s_highestOkEnd_sector_8192_block_32768)))
      (a!12 (ite (and (not x_failed_sector_8192_block_32768) a!11)
                 x_end_sector_8192_block_32768
                 (ite (and (not y_failed_sector_8192_block_32768)
                           (< s_highestOkEnd_sector_8192_block_32768
                              y_end_sector_8192_block_32768))
                      y_end_sector_8192_block_32768
                      s_highestOkEnd_sector_8192_block_32768)))
      (a!17 (not (and (= (or s_anyFailed_sector_8192_block_32768
                             x_failed_sector_8192_block_32768)
                         (or s_anyFailed_sector_8192_block_32768
                             x_failed_sector_8192_block_32768))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 32768)) (ite (= (mod a!20 32768) 0) 0 32768))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_8192_block_32768
                            x_failed_sector_8192_block_32768)
                        y_failed_sector_8192_block_32768)
                    (or s_anyFailed_sector_8192_block_32768
                        y_failed_sector_8192_block_32768
                        x_failed_sector_8192_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 32768)))
                 (- offset (mod offset 32768))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 32768)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 32768))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 32768)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 32768) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 32768)) a!24)
                 (+ a!26 (ite a!27 0 32768))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 8192) a!18)
                    (ite (< 0 a!18) (div a!18 8192) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 8192) 0)
       (= (mod length 8192) 0)
       (= maxBioBytes (* 8192 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-16384-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_16384_block_32768 () Int)
(declare-fun s_anyFailed_sector_16384_block_32768 () Bool)
(declare-fun s_highestOkEnd_sector_16384_block_32768 () Int)
(declare-fun x_end_sector_16384_block_32768 () Int)
(declare-fun x_failed_sector_16384_block_32768 () Bool)
(declare-fun x_start_sector_16384_block_32768 () Int)
(declare-fun s_okBytes_sector_16384_block_32768 () Int)
(declare-fun y_end_sector_16384_block_32768 () Int)
(declare-fun y_failed_sector_16384_block_32768 () Bool)
(declare-fun y_start_sector_16384_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (< y_start_sector_16384_block_32768
              (ite (and x_failed_sector_16384_block_32768
                        (< x_start_sector_16384_block_32768
                           s_lowestFailedStart_sector_16384_block_32768))
                   x_start_sector_16384_block_32768
                   s_lowestFailedStart_sector_16384_block_32768)))
      (a!5 (< x_start_sector_16384_block_32768
              (ite (and y_failed_sector_16384_block_32768
                        (< y_start_sector_16384_block_32768
                           s_lowestFailedStart_sector_16384_block_32768))
                   y_start_sector_16384_block_32768
                   s_lowestFailedStart_sector_16384_block_32768)))
      (a!7 (+ (+ s_okBytes_sector_16384_block_32768
                 (ite (not x_failed_sector_16384_block_32768)
                      (- x_end_sector_16384_block_32768
                         x_start_sector_16384_block_32768)
                      0))
              (ite (not y_failed_sector_16384_block_32768)
                   (- y_end_sector_16384_block_32768
                      y_start_sector_16384_block_32768)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_16384_block_32768)
                        (< s_highestOkEnd_sector_16384_block_32768
                           x_end_sector_16384_block_32768))
                   x_end_sector_16384_block_32768
                   s_highestOkEnd_sector_16384_block_32768)
              y_end_sector_16384_block_32768))
      (a!11 (< (ite (and (not y_failed_sector_16384_block_32768)
                         (< s_highestOkEnd_sector_16384_block_32768
                            y_end_sector_16384_block_32768))
                    y_end_sector_16384_block_32768
                    s_highestOkEnd_sector_16384_block_32768)
               x_end_sector_16384_block_32768))
      (a!14 (= (ite (and x_failed_sector_16384_block_32768
                         (< x_start_sector_16384_block_32768
                            s_lowestFailedStart_sector_16384_block_32768))
                    x_start_sector_16384_block_32768
                    s_lowestFailedStart_sector_16384_block_32768)
               (ite (and x_failed_sector_16384_block_32768
                         (< x_start_sector_16384_block_32768
                            s_lowestFailedStart_sector_16384_block_32768))
                    x_start_sector_16384_block_32768
                    s_lowestFailedStart_sector_16384_block_32768)))
      (a!15 (= (+ s_okBytes_sector_16384_block_32768
                  (ite (not x_failed_sector_16384_block_32768)
                       (- x_end_sector_16384_block_32768
                          x_start_sector_16384_block_32768)
                       0))
               (+ s_okBytes_sector_16384_block_32768
                  (ite (not x_failed_sector_16384_block_32768)
                       (- x_end_sector_16384_block_32768
                          x_start_sector_16384_block_32768)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_16384_block_32768)
                         (< s_highestOkEnd_sector_16384_block_32768
                            x_end_sector_16384_block_32768))
                    x_end_sector_16384_block_32768
                    s_highestOkEnd_sector_16384_block_32768)
               (ite (and (not x_failed_sector_16384_block_32768)
                         (< s_highestOkEnd_sector_16384_block_32768
                            x_end_sector_16384_block_32768))
                    x_end_sector_16384_block_32768
                    s_highestOkEnd_sector_16384_block_32768)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_16384_block_32768 offset))
                 (- s_lowestFailedStart_sector_16384_block_32768 offset)
                 (ite (and s_anyFailed_sector_16384_block_32768
                           (= s_lowestFailedStart_sector_16384_block_32768
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (ite (and y_failed_sector_16384_block_32768 a!3)
                y_start_sector_16384_block_32768
                (ite (and x_failed_sector_16384_block_32768
                          (< x_start_sector_16384_block_32768
                             s_lowestFailedStart_sector_16384_block_32768))
                     x_start_sector_16384_block_32768
                     s_lowestFailedStart_sector_16384_block_32768)))
      (a!6 (ite (and x_failed_sector_16384_block_32768 a!5)
                x_start_sector_16384_block_32768
                (ite (and y_failed_sector_16384_block_32768
                          (< y_start_sector_16384_block_32768
                             s_lowestFailedStart_sector_16384_block_32768))
                     y_start_sector_16384_block_32768
                     s_lowestFailedStart_sector_16384_block_32768)))
      (a!8 (= a!7
              (+ s_okBytes_sector_16384_block_32768
                 (ite (not y_failed_sector_16384_block_32768)
                      (- y_end_sector_16384_block_32768
                         y_start_sector_16384_block_32768)
                      0)
                 (ite (not x_failed_sector_16384_block_32768)
                      (- x_end_sector_16384_block_32768
                         x_start_sector_16384_block_32768)
                      0))))
      (a!10 (ite (and (not y_failed_sector_16384_block_32768) a!9)
                 y_end_sector_16384_block_32768
                 (ite (and (not x_failed_sector_16384_block_32768)
                           (< s_highestOkEnd_sector_16384_block_32768
                              x_end_sector_16384_block_32768))
                      x_end_sector_16384_block_32768
                      s_highestOkEnd_sector_16384_block_32768)))
      (a!12 (ite (and (not x_failed_sector_16384_block_32768) a!11)
                 x_end_sector_16384_block_32768
                 (ite (and (not y_failed_sector_16384_block_32768)
                           (< s_highestOkEnd_sector_16384_block_32768
                              y_end_sector_16384_block_32768))
                      y_end_sector_16384_block_32768
                      s_highestOkEnd_sector_16384_block_32768)))
      (a!17 (not (and (= (or s_anyFailed_sector_16384_block_32768
                             x_failed_sector_16384_block_32768)
                         (or s_anyFailed_sector_16384_block_32768
                             x_failed_sector_16384_block_32768))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 32768)) (ite (= (mod a!20 32768) 0) 0 32768))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_16384_block_32768
                            x_failed_sector_16384_block_32768)
                        y_failed_sector_16384_block_32768)
                    (or s_anyFailed_sector_16384_block_32768
                        y_failed_sector_16384_block_32768
                        x_failed_sector_16384_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 32768)))
                 (- offset (mod offset 32768))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 32768)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 32768))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 32768)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 32768) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 32768)) a!24)
                 (+ a!26 (ite a!27 0 32768))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 16384) a!18)
                    (ite (< 0 a!18) (div a!18 16384) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 16384) 0)
       (= (mod length 16384) 0)
       (= maxBioBytes (* 16384 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-32768-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_32768_block_32768 () Int)
(declare-fun s_anyFailed_sector_32768_block_32768 () Bool)
(declare-fun s_highestOkEnd_sector_32768_block_32768 () Int)
(declare-fun x_end_sector_32768_block_32768 () Int)
(declare-fun x_failed_sector_32768_block_32768 () Bool)
(declare-fun x_start_sector_32768_block_32768 () Int)
(declare-fun s_okBytes_sector_32768_block_32768 () Int)
(declare-fun y_end_sector_32768_block_32768 () Int)
(declare-fun y_failed_sector_32768_block_32768 () Bool)
(declare-fun y_start_sector_32768_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (< y_start_sector_32768_block_32768
              (ite (and x_failed_sector_32768_block_32768
                        (< x_start_sector_32768_block_32768
                           s_lowestFailedStart_sector_32768_block_32768))
                   x_start_sector_32768_block_32768
                   s_lowestFailedStart_sector_32768_block_32768)))
      (a!5 (< x_start_sector_32768_block_32768
              (ite (and y_failed_sector_32768_block_32768
                        (< y_start_sector_32768_block_32768
                           s_lowestFailedStart_sector_32768_block_32768))
                   y_start_sector_32768_block_32768
                   s_lowestFailedStart_sector_32768_block_32768)))
      (a!7 (+ (+ s_okBytes_sector_32768_block_32768
                 (ite (not x_failed_sector_32768_block_32768)
                      (- x_end_sector_32768_block_32768
                         x_start_sector_32768_block_32768)
                      0))
              (ite (not y_failed_sector_32768_block_32768)
                   (- y_end_sector_32768_block_32768
                      y_start_sector_32768_block_32768)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_32768_block_32768)
                        (< s_highestOkEnd_sector_32768_block_32768
                           x_end_sector_32768_block_32768))
                   x_end_sector_32768_block_32768
                   s_highestOkEnd_sector_32768_block_32768)
              y_end_sector_32768_block_32768))
      (a!11 (< (ite (and (not y_failed_sector_32768_block_32768)
                         (< s_highestOkEnd_sector_32768_block_32768
                            y_end_sector_32768_block_32768))
                    y_end_sector_32768_block_32768
                    s_highestOkEnd_sector_32768_block_32768)
               x_end_sector_32768_block_32768))
      (a!14 (= (ite (and x_failed_sector_32768_block_32768
                         (< x_start_sector_32768_block_32768
                            s_lowestFailedStart_sector_32768_block_32768))
                    x_start_sector_32768_block_32768
                    s_lowestFailedStart_sector_32768_block_32768)
               (ite (and x_failed_sector_32768_block_32768
                         (< x_start_sector_32768_block_32768
                            s_lowestFailedStart_sector_32768_block_32768))
                    x_start_sector_32768_block_32768
                    s_lowestFailedStart_sector_32768_block_32768)))
      (a!15 (= (+ s_okBytes_sector_32768_block_32768
                  (ite (not x_failed_sector_32768_block_32768)
                       (- x_end_sector_32768_block_32768
                          x_start_sector_32768_block_32768)
                       0))
               (+ s_okBytes_sector_32768_block_32768
                  (ite (not x_failed_sector_32768_block_32768)
                       (- x_end_sector_32768_block_32768
                          x_start_sector_32768_block_32768)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_32768_block_32768)
                         (< s_highestOkEnd_sector_32768_block_32768
                            x_end_sector_32768_block_32768))
                    x_end_sector_32768_block_32768
                    s_highestOkEnd_sector_32768_block_32768)
               (ite (and (not x_failed_sector_32768_block_32768)
                         (< s_highestOkEnd_sector_32768_block_32768
                            x_end_sector_32768_block_32768))
                    x_end_sector_32768_block_32768
                    s_highestOkEnd_sector_32768_block_32768)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_32768_block_32768 offset))
                 (- s_lowestFailedStart_sector_32768_block_32768 offset)
                 (ite (and s_anyFailed_sector_32768_block_32768
                           (= s_lowestFailedStart_sector_32768_block_32768
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (ite (and y_failed_sector_32768_block_32768 a!3)
                y_start_sector_32768_block_32768
                (ite (and x_failed_sector_32768_block_32768
                          (< x_start_sector_32768_block_32768
                             s_lowestFailedStart_sector_32768_block_32768))
                     x_start_sector_32768_block_32768
                     s_lowestFailedStart_sector_32768_block_32768)))
      (a!6 (ite (and x_failed_sector_32768_block_32768 a!5)
                x_start_sector_32768_block_32768
                (ite (and y_failed_sector_32768_block_32768
                          (< y_start_sector_32768_block_32768
                             s_lowestFailedStart_sector_32768_block_32768))
                     y_start_sector_32768_block_32768
                     s_lowestFailedStart_sector_32768_block_32768)))
      (a!8 (= a!7
              (+ s_okBytes_sector_32768_block_32768
                 (ite (not y_failed_sector_32768_block_32768)
                      (- y_end_sector_32768_block_32768
                         y_start_sector_32768_block_32768)
                      0)
                 (ite (not x_failed_sector_32768_block_32768)
                      (- x_end_sector_32768_block_32768
                         x_start_sector_32768_block_32768)
                      0))))
      (a!10 (ite (and (not y_failed_sector_32768_block_32768) a!9)
                 y_end_sector_32768_block_32768
                 (ite (and (not x_failed_sector_32768_block_32768)
                           (< s_highestOkEnd_sector_32768_block_32768
                              x_end_sector_32768_block_32768))
                      x_end_sector_32768_block_32768
                      s_highestOkEnd_sector_32768_block_32768)))
      (a!12 (ite (and (not x_failed_sector_32768_block_32768) a!11)
                 x_end_sector_32768_block_32768
                 (ite (and (not y_failed_sector_32768_block_32768)
                           (< s_highestOkEnd_sector_32768_block_32768
                              y_end_sector_32768_block_32768))
                      y_end_sector_32768_block_32768
                      s_highestOkEnd_sector_32768_block_32768)))
      (a!17 (not (and (= (or s_anyFailed_sector_32768_block_32768
                             x_failed_sector_32768_block_32768)
                         (or s_anyFailed_sector_32768_block_32768
                             x_failed_sector_32768_block_32768))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 32768)) (ite (= (mod a!20 32768) 0) 0 32768))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_32768_block_32768
                            x_failed_sector_32768_block_32768)
                        y_failed_sector_32768_block_32768)
                    (or s_anyFailed_sector_32768_block_32768
                        y_failed_sector_32768_block_32768
                        x_failed_sector_32768_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 32768)))
                 (- offset (mod offset 32768))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 32768)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 32768))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 32768)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 32768) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 32768)) a!24)
                 (+ a!26 (ite a!27 0 32768))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 32768) a!18)
                    (ite (< 0 a!18) (div a!18 32768) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 32768) 0)
       (= (mod length 32768) 0)
       (= maxBioBytes (* 32768 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-512-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_512_block_65536 () Int)
(declare-fun s_anyFailed_sector_512_block_65536 () Bool)
(declare-fun s_highestOkEnd_sector_512_block_65536 () Int)
(declare-fun x_end_sector_512_block_65536 () Int)
(declare-fun x_failed_sector_512_block_65536 () Bool)
(declare-fun x_start_sector_512_block_65536 () Int)
(declare-fun s_okBytes_sector_512_block_65536 () Int)
(declare-fun y_end_sector_512_block_65536 () Int)
(declare-fun y_failed_sector_512_block_65536 () Bool)
(declare-fun y_start_sector_512_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (< y_start_sector_512_block_65536
              (ite (and x_failed_sector_512_block_65536
                        (< x_start_sector_512_block_65536
                           s_lowestFailedStart_sector_512_block_65536))
                   x_start_sector_512_block_65536
                   s_lowestFailedStart_sector_512_block_65536)))
      (a!5 (< x_start_sector_512_block_65536
              (ite (and y_failed_sector_512_block_65536
                        (< y_start_sector_512_block_65536
                           s_lowestFailedStart_sector_512_block_65536))
                   y_start_sector_512_block_65536
                   s_lowestFailedStart_sector_512_block_65536)))
      (a!7 (+ (+ s_okBytes_sector_512_block_65536
                 (ite (not x_failed_sector_512_block_65536)
                      (- x_end_sector_512_block_65536
                         x_start_sector_512_block_65536)
                      0))
              (ite (not y_failed_sector_512_block_65536)
                   (- y_end_sector_512_block_65536
                      y_start_sector_512_block_65536)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_512_block_65536)
                        (< s_highestOkEnd_sector_512_block_65536
                           x_end_sector_512_block_65536))
                   x_end_sector_512_block_65536
                   s_highestOkEnd_sector_512_block_65536)
              y_end_sector_512_block_65536))
      (a!11 (< (ite (and (not y_failed_sector_512_block_65536)
                         (< s_highestOkEnd_sector_512_block_65536
                            y_end_sector_512_block_65536))
                    y_end_sector_512_block_65536
                    s_highestOkEnd_sector_512_block_65536)
               x_end_sector_512_block_65536))
      (a!14 (= (ite (and x_failed_sector_512_block_65536
                         (< x_start_sector_512_block_65536
                            s_lowestFailedStart_sector_512_block_65536))
                    x_start_sector_512_block_65536
                    s_lowestFailedStart_sector_512_block_65536)
               (ite (and x_failed_sector_512_block_65536
                         (< x_start_sector_512_block_65536
                            s_lowestFailedStart_sector_512_block_65536))
                    x_start_sector_512_block_65536
                    s_lowestFailedStart_sector_512_block_65536)))
      (a!15 (= (+ s_okBytes_sector_512_block_65536
                  (ite (not x_failed_sector_512_block_65536)
                       (- x_end_sector_512_block_65536
                          x_start_sector_512_block_65536)
                       0))
               (+ s_okBytes_sector_512_block_65536
                  (ite (not x_failed_sector_512_block_65536)
                       (- x_end_sector_512_block_65536
                          x_start_sector_512_block_65536)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_512_block_65536)
                         (< s_highestOkEnd_sector_512_block_65536
                            x_end_sector_512_block_65536))
                    x_end_sector_512_block_65536
                    s_highestOkEnd_sector_512_block_65536)
               (ite (and (not x_failed_sector_512_block_65536)
                         (< s_highestOkEnd_sector_512_block_65536
                            x_end_sector_512_block_65536))
                    x_end_sector_512_block_65536
                    s_highestOkEnd_sector_512_block_65536)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_512_block_65536 offset))
                 (- s_lowestFailedStart_sector_512_block_65536 offset)
                 (ite (and s_anyFailed_sector_512_block_65536
                           (= s_lowestFailedStart_sector_512_block_65536 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (ite (and y_failed_sector_512_block_65536 a!3)
                y_start_sector_512_block_65536
                (ite (and x_failed_sector_512_block_65536
                          (< x_start_sector_512_block_65536
                             s_lowestFailedStart_sector_512_block_65536))
                     x_start_sector_512_block_65536
                     s_lowestFailedStart_sector_512_block_65536)))
      (a!6 (ite (and x_failed_sector_512_block_65536 a!5)
                x_start_sector_512_block_65536
                (ite (and y_failed_sector_512_block_65536
                          (< y_start_sector_512_block_65536
                             s_lowestFailedStart_sector_512_block_65536))
                     y_start_sector_512_block_65536
                     s_lowestFailedStart_sector_512_block_65536)))
      (a!8 (= a!7
              (+ s_okBytes_sector_512_block_65536
                 (ite (not y_failed_sector_512_block_65536)
                      (- y_end_sector_512_block_65536
                         y_start_sector_512_block_65536)
                      0)
                 (ite (not x_failed_sector_512_block_65536)
                      (- x_end_sector_512_block_65536
                         x_start_sector_512_block_65536)
                      0))))
      (a!10 (ite (and (not y_failed_sector_512_block_65536) a!9)
                 y_end_sector_512_block_65536
                 (ite (and (not x_failed_sector_512_block_65536)
                           (< s_highestOkEnd_sector_512_block_65536
                              x_end_sector_512_block_65536))
                      x_end_sector_512_block_65536
                      s_highestOkEnd_sector_512_block_65536)))
      (a!12 (ite (and (not x_failed_sector_512_block_65536) a!11)
                 x_end_sector_512_block_65536
                 (ite (and (not y_failed_sector_512_block_65536)
                           (< s_highestOkEnd_sector_512_block_65536
                              y_end_sector_512_block_65536))
                      y_end_sector_512_block_65536
                      s_highestOkEnd_sector_512_block_65536)))
      (a!17 (not (and (= (or s_anyFailed_sector_512_block_65536
                             x_failed_sector_512_block_65536)
                         (or s_anyFailed_sector_512_block_65536
                             x_failed_sector_512_block_65536))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 65536)) (ite (= (mod a!20 65536) 0) 0 65536))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_65536
                            x_failed_sector_512_block_65536)
                        y_failed_sector_512_block_65536)
                    (or s_anyFailed_sector_512_block_65536
                        y_failed_sector_512_block_65536
                        x_failed_sector_512_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 65536)))
                 (- offset (mod offset 65536))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 65536)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 65536))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 65536)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 65536) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 65536)) a!24)
                 (+ a!26 (ite a!27 0 65536))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 512) a!18)
                    (ite (< 0 a!18) (div a!18 512) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (= maxBioBytes (* 512 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-1024-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_65536 () Int)
(declare-fun s_anyFailed_sector_1024_block_65536 () Bool)
(declare-fun s_highestOkEnd_sector_1024_block_65536 () Int)
(declare-fun x_end_sector_1024_block_65536 () Int)
(declare-fun x_failed_sector_1024_block_65536 () Bool)
(declare-fun x_start_sector_1024_block_65536 () Int)
(declare-fun s_okBytes_sector_1024_block_65536 () Int)
(declare-fun y_end_sector_1024_block_65536 () Int)
(declare-fun y_failed_sector_1024_block_65536 () Bool)
(declare-fun y_start_sector_1024_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (< y_start_sector_1024_block_65536
              (ite (and x_failed_sector_1024_block_65536
                        (< x_start_sector_1024_block_65536
                           s_lowestFailedStart_sector_1024_block_65536))
                   x_start_sector_1024_block_65536
                   s_lowestFailedStart_sector_1024_block_65536)))
      (a!5 (< x_start_sector_1024_block_65536
              (ite (and y_failed_sector_1024_block_65536
                        (< y_start_sector_1024_block_65536
                           s_lowestFailedStart_sector_1024_block_65536))
                   y_start_sector_1024_block_65536
                   s_lowestFailedStart_sector_1024_block_65536)))
      (a!7 (+ (+ s_okBytes_sector_1024_block_65536
                 (ite (not x_failed_sector_1024_block_65536)
                      (- x_end_sector_1024_block_65536
                         x_start_sector_1024_block_65536)
                      0))
              (ite (not y_failed_sector_1024_block_65536)
                   (- y_end_sector_1024_block_65536
                      y_start_sector_1024_block_65536)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_1024_block_65536)
                        (< s_highestOkEnd_sector_1024_block_65536
                           x_end_sector_1024_block_65536))
                   x_end_sector_1024_block_65536
                   s_highestOkEnd_sector_1024_block_65536)
              y_end_sector_1024_block_65536))
      (a!11 (< (ite (and (not y_failed_sector_1024_block_65536)
                         (< s_highestOkEnd_sector_1024_block_65536
                            y_end_sector_1024_block_65536))
                    y_end_sector_1024_block_65536
                    s_highestOkEnd_sector_1024_block_65536)
               x_end_sector_1024_block_65536))
      (a!14 (= (ite (and x_failed_sector_1024_block_65536
                         (< x_start_sector_1024_block_65536
                            s_lowestFailedStart_sector_1024_block_65536))
                    x_start_sector_1024_block_65536
                    s_lowestFailedStart_sector_1024_block_65536)
               (ite (and x_failed_sector_1024_block_65536
                         (< x_start_sector_1024_block_65536
                            s_lowestFailedStart_sector_1024_block_65536))
                    x_start_sector_1024_block_65536
                    s_lowestFailedStart_sector_1024_block_65536)))
      (a!15 (= (+ s_okBytes_sector_1024_block_65536
                  (ite (not x_failed_sector_1024_block_65536)
                       (- x_end_sector_1024_block_65536
                          x_start_sector_1024_block_65536)
                       0))
               (+ s_okBytes_sector_1024_block_65536
                  (ite (not x_failed_sector_1024_block_65536)
                       (- x_end_sector_1024_block_65536
                          x_start_sector_1024_block_65536)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_1024_block_65536)
                         (< s_highestOkEnd_sector_1024_block_65536
                            x_end_sector_1024_block_65536))
                    x_end_sector_1024_block_65536
                    s_highestOkEnd_sector_1024_block_65536)
               (ite (and (not x_failed_sector_1024_block_65536)
                         (< s_highestOkEnd_sector_1024_block_65536
                            x_end_sector_1024_block_65536))
                    x_end_sector_1024_block_65536
                    s_highestOkEnd_sector_1024_block_65536)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_1024_block_65536 offset))
                 (- s_lowestFailedStart_sector_1024_block_65536 offset)
                 (ite (and s_anyFailed_sector_1024_block_65536
                           (= s_lowestFailedStart_sector_1024_block_65536
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (ite (and y_failed_sector_1024_block_65536 a!3)
                y_start_sector_1024_block_65536
                (ite (and x_failed_sector_1024_block_65536
                          (< x_start_sector_1024_block_65536
                             s_lowestFailedStart_sector_1024_block_65536))
                     x_start_sector_1024_block_65536
                     s_lowestFailedStart_sector_1024_block_65536)))
      (a!6 (ite (and x_failed_sector_1024_block_65536 a!5)
                x_start_sector_1024_block_65536
                (ite (and y_failed_sector_1024_block_65536
                          (< y_start_sector_1024_block_65536
                             s_lowestFailedStart_sector_1024_block_65536))
                     y_start_sector_1024_block_65536
                     s_lowestFailedStart_sector_1024_block_65536)))
      (a!8 (= a!7
              (+ s_okBytes_sector_1024_block_65536
                 (ite (not y_failed_sector_1024_block_65536)
                      (- y_end_sector_1024_block_65536
                         y_start_sector_1024_block_65536)
                      0)
                 (ite (not x_failed_sector_1024_block_65536)
                      (- x_end_sector_1024_block_65536
                         x_start_sector_1024_block_65536)
                      0))))
      (a!10 (ite (and (not y_failed_sector_1024_block_65536) a!9)
                 y_end_sector_1024_block_65536
                 (ite (and (not x_failed_sector_1024_block_65536)
                           (< s_highestOkEnd_sector_1024_block_65536
                              x_end_sector_1024_block_65536))
                      x_end_sector_1024_block_65536
                      s_highestOkEnd_sector_1024_block_65536)))
      (a!12 (ite (and (not x_failed_sector_1024_block_65536) a!11)
                 x_end_sector_1024_block_65536
                 (ite (and (not y_failed_sector_1024_block_65536)
                           (< s_highestOkEnd_sector_1024_block_65536
                              y_end_sector_1024_block_65536))
                      y_end_sector_1024_block_65536
                      s_highestOkEnd_sector_1024_block_65536)))
      (a!17 (not (and (= (or s_anyFailed_sector_1024_block_65536
                             x_failed_sector_1024_block_65536)
                         (or s_anyFailed_sector_1024_block_65536
                             x_failed_sector_1024_block_65536))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 65536)) (ite (= (mod a!20 65536) 0) 0 65536))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_65536
                            x_failed_sector_1024_block_65536)
                        y_failed_sector_1024_block_65536)
                    (or s_anyFailed_sector_1024_block_65536
                        y_failed_sector_1024_block_65536
                        x_failed_sector_1024_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 65536)))
                 (- offset (mod offset 65536))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 65536)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 65536))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 65536)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 65536) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 65536)) a!24)
                 (+ a!26 (ite a!27 0 65536))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 1024) a!18)
                    (ite (< 0 a!18) (div a!18 1024) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 1024) 0)
       (= (mod length 1024) 0)
       (= maxBioBytes (* 1024 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-2048-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_65536 () Int)
(declare-fun s_anyFailed_sector_2048_block_65536 () Bool)
(declare-fun s_highestOkEnd_sector_2048_block_65536 () Int)
(declare-fun x_end_sector_2048_block_65536 () Int)
(declare-fun x_failed_sector_2048_block_65536 () Bool)
(declare-fun x_start_sector_2048_block_65536 () Int)
(declare-fun s_okBytes_sector_2048_block_65536 () Int)
(declare-fun y_end_sector_2048_block_65536 () Int)
(declare-fun y_failed_sector_2048_block_65536 () Bool)
(declare-fun y_start_sector_2048_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (< y_start_sector_2048_block_65536
              (ite (and x_failed_sector_2048_block_65536
                        (< x_start_sector_2048_block_65536
                           s_lowestFailedStart_sector_2048_block_65536))
                   x_start_sector_2048_block_65536
                   s_lowestFailedStart_sector_2048_block_65536)))
      (a!5 (< x_start_sector_2048_block_65536
              (ite (and y_failed_sector_2048_block_65536
                        (< y_start_sector_2048_block_65536
                           s_lowestFailedStart_sector_2048_block_65536))
                   y_start_sector_2048_block_65536
                   s_lowestFailedStart_sector_2048_block_65536)))
      (a!7 (+ (+ s_okBytes_sector_2048_block_65536
                 (ite (not x_failed_sector_2048_block_65536)
                      (- x_end_sector_2048_block_65536
                         x_start_sector_2048_block_65536)
                      0))
              (ite (not y_failed_sector_2048_block_65536)
                   (- y_end_sector_2048_block_65536
                      y_start_sector_2048_block_65536)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_2048_block_65536)
                        (< s_highestOkEnd_sector_2048_block_65536
                           x_end_sector_2048_block_65536))
                   x_end_sector_2048_block_65536
                   s_highestOkEnd_sector_2048_block_65536)
              y_end_sector_2048_block_65536))
      (a!11 (< (ite (and (not y_failed_sector_2048_block_65536)
                         (< s_highestOkEnd_sector_2048_block_65536
                            y_end_sector_2048_block_65536))
                    y_end_sector_2048_block_65536
                    s_highestOkEnd_sector_2048_block_65536)
               x_end_sector_2048_block_65536))
      (a!14 (= (ite (and x_failed_sector_2048_block_65536
                         (< x_start_sector_2048_block_65536
                            s_lowestFailedStart_sector_2048_block_65536))
                    x_start_sector_2048_block_65536
                    s_lowestFailedStart_sector_2048_block_65536)
               (ite (and x_failed_sector_2048_block_65536
                         (< x_start_sector_2048_block_65536
                            s_lowestFailedStart_sector_2048_block_65536))
                    x_start_sector_2048_block_65536
                    s_lowestFailedStart_sector_2048_block_65536)))
      (a!15 (= (+ s_okBytes_sector_2048_block_65536
                  (ite (not x_failed_sector_2048_block_65536)
                       (- x_end_sector_2048_block_65536
                          x_start_sector_2048_block_65536)
                       0))
               (+ s_okBytes_sector_2048_block_65536
                  (ite (not x_failed_sector_2048_block_65536)
                       (- x_end_sector_2048_block_65536
                          x_start_sector_2048_block_65536)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_2048_block_65536)
                         (< s_highestOkEnd_sector_2048_block_65536
                            x_end_sector_2048_block_65536))
                    x_end_sector_2048_block_65536
                    s_highestOkEnd_sector_2048_block_65536)
               (ite (and (not x_failed_sector_2048_block_65536)
                         (< s_highestOkEnd_sector_2048_block_65536
                            x_end_sector_2048_block_65536))
                    x_end_sector_2048_block_65536
                    s_highestOkEnd_sector_2048_block_65536)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_2048_block_65536 offset))
                 (- s_lowestFailedStart_sector_2048_block_65536 offset)
                 (ite (and s_anyFailed_sector_2048_block_65536
                           (= s_lowestFailedStart_sector_2048_block_65536
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (ite (and y_failed_sector_2048_block_65536 a!3)
                y_start_sector_2048_block_65536
                (ite (and x_failed_sector_2048_block_65536
                          (< x_start_sector_2048_block_65536
                             s_lowestFailedStart_sector_2048_block_65536))
                     x_start_sector_2048_block_65536
                     s_lowestFailedStart_sector_2048_block_65536)))
      (a!6 (ite (and x_failed_sector_2048_block_65536 a!5)
                x_start_sector_2048_block_65536
                (ite (and y_failed_sector_2048_block_65536
                          (< y_start_sector_2048_block_65536
                             s_lowestFailedStart_sector_2048_block_65536))
                     y_start_sector_2048_block_65536
                     s_lowestFailedStart_sector_2048_block_65536)))
      (a!8 (= a!7
              (+ s_okBytes_sector_2048_block_65536
                 (ite (not y_failed_sector_2048_block_65536)
                      (- y_end_sector_2048_block_65536
                         y_start_sector_2048_block_65536)
                      0)
                 (ite (not x_failed_sector_2048_block_65536)
                      (- x_end_sector_2048_block_65536
                         x_start_sector_2048_block_65536)
                      0))))
      (a!10 (ite (and (not y_failed_sector_2048_block_65536) a!9)
                 y_end_sector_2048_block_65536
                 (ite (and (not x_failed_sector_2048_block_65536)
                           (< s_highestOkEnd_sector_2048_block_65536
                              x_end_sector_2048_block_65536))
                      x_end_sector_2048_block_65536
                      s_highestOkEnd_sector_2048_block_65536)))
      (a!12 (ite (and (not x_failed_sector_2048_block_65536) a!11)
                 x_end_sector_2048_block_65536
                 (ite (and (not y_failed_sector_2048_block_65536)
                           (< s_highestOkEnd_sector_2048_block_65536
                              y_end_sector_2048_block_65536))
                      y_end_sector_2048_block_65536
                      s_highestOkEnd_sector_2048_block_65536)))
      (a!17 (not (and (= (or s_anyFailed_sector_2048_block_65536
                             x_failed_sector_2048_block_65536)
                         (or s_anyFailed_sector_2048_block_65536
                             x_failed_sector_2048_block_65536))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 65536)) (ite (= (mod a!20 65536) 0) 0 65536))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_65536
                            x_failed_sector_2048_block_65536)
                        y_failed_sector_2048_block_65536)
                    (or s_anyFailed_sector_2048_block_65536
                        y_failed_sector_2048_block_65536
                        x_failed_sector_2048_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 65536)))
                 (- offset (mod offset 65536))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 65536)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 65536))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 65536)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 65536) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 65536)) a!24)
                 (+ a!26 (ite a!27 0 65536))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 2048) a!18)
                    (ite (< 0 a!18) (div a!18 2048) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 2048) 0)
       (= (mod length 2048) 0)
       (= maxBioBytes (* 2048 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-4096-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_4096_block_65536 () Int)
(declare-fun s_anyFailed_sector_4096_block_65536 () Bool)
(declare-fun s_highestOkEnd_sector_4096_block_65536 () Int)
(declare-fun x_end_sector_4096_block_65536 () Int)
(declare-fun x_failed_sector_4096_block_65536 () Bool)
(declare-fun x_start_sector_4096_block_65536 () Int)
(declare-fun s_okBytes_sector_4096_block_65536 () Int)
(declare-fun y_end_sector_4096_block_65536 () Int)
(declare-fun y_failed_sector_4096_block_65536 () Bool)
(declare-fun y_start_sector_4096_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (< y_start_sector_4096_block_65536
              (ite (and x_failed_sector_4096_block_65536
                        (< x_start_sector_4096_block_65536
                           s_lowestFailedStart_sector_4096_block_65536))
                   x_start_sector_4096_block_65536
                   s_lowestFailedStart_sector_4096_block_65536)))
      (a!5 (< x_start_sector_4096_block_65536
              (ite (and y_failed_sector_4096_block_65536
                        (< y_start_sector_4096_block_65536
                           s_lowestFailedStart_sector_4096_block_65536))
                   y_start_sector_4096_block_65536
                   s_lowestFailedStart_sector_4096_block_65536)))
      (a!7 (+ (+ s_okBytes_sector_4096_block_65536
                 (ite (not x_failed_sector_4096_block_65536)
                      (- x_end_sector_4096_block_65536
                         x_start_sector_4096_block_65536)
                      0))
              (ite (not y_failed_sector_4096_block_65536)
                   (- y_end_sector_4096_block_65536
                      y_start_sector_4096_block_65536)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_4096_block_65536)
                        (< s_highestOkEnd_sector_4096_block_65536
                           x_end_sector_4096_block_65536))
                   x_end_sector_4096_block_65536
                   s_highestOkEnd_sector_4096_block_65536)
              y_end_sector_4096_block_65536))
      (a!11 (< (ite (and (not y_failed_sector_4096_block_65536)
                         (< s_highestOkEnd_sector_4096_block_65536
                            y_end_sector_4096_block_65536))
                    y_end_sector_4096_block_65536
                    s_highestOkEnd_sector_4096_block_65536)
               x_end_sector_4096_block_65536))
      (a!14 (= (ite (and x_failed_sector_4096_block_65536
                         (< x_start_sector_4096_block_65536
                            s_lowestFailedStart_sector_4096_block_65536))
                    x_start_sector_4096_block_65536
                    s_lowestFailedStart_sector_4096_block_65536)
               (ite (and x_failed_sector_4096_block_65536
                         (< x_start_sector_4096_block_65536
                            s_lowestFailedStart_sector_4096_block_65536))
                    x_start_sector_4096_block_65536
                    s_lowestFailedStart_sector_4096_block_65536)))
      (a!15 (= (+ s_okBytes_sector_4096_block_65536
                  (ite (not x_failed_sector_4096_block_65536)
                       (- x_end_sector_4096_block_65536
                          x_start_sector_4096_block_65536)
                       0))
               (+ s_okBytes_sector_4096_block_65536
                  (ite (not x_failed_sector_4096_block_65536)
                       (- x_end_sector_4096_block_65536
                          x_start_sector_4096_block_65536)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_4096_block_65536)
                         (< s_highestOkEnd_sector_4096_block_65536
                            x_end_sector_4096_block_65536))
                    x_end_sector_4096_block_65536
                    s_highestOkEnd_sector_4096_block_65536)
               (ite (and (not x_failed_sector_4096_block_65536)
                         (< s_highestOkEnd_sector_4096_block_65536
                            x_end_sector_4096_block_65536))
                    x_end_sector_4096_block_65536
                    s_highestOkEnd_sector_4096_block_65536)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_4096_block_65536 offset))
                 (- s_lowestFailedStart_sector_4096_block_65536 offset)
                 (ite (and s_anyFailed_sector_4096_block_65536
                           (= s_lowestFailedStart_sector_4096_block_65536
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (ite (and y_failed_sector_4096_block_65536 a!3)
                y_start_sector_4096_block_65536
                (ite (and x_failed_sector_4096_block_65536
                          (< x_start_sector_4096_block_65536
                             s_lowestFailedStart_sector_4096_block_65536))
                     x_start_sector_4096_block_65536
                     s_lowestFailedStart_sector_4096_block_65536)))
      (a!6 (ite (and x_failed_sector_4096_block_65536 a!5)
                x_start_sector_4096_block_65536
                (ite (and y_failed_sector_4096_block_65536
                          (< y_start_sector_4096_block_65536
                             s_lowestFailedStart_sector_4096_block_65536))
                     y_start_sector_4096_block_65536
                     s_lowestFailedStart_sector_4096_block_65536)))
      (a!8 (= a!7
              (+ s_okBytes_sector_4096_block_65536
                 (ite (not y_failed_sector_4096_block_65536)
                      (- y_end_sector_4096_block_65536
                         y_start_sector_4096_block_65536)
                      0)
                 (ite (not x_failed_sector_4096_block_65536)
                      (- x_end_sector_4096_block_65536
                         x_start_sector_4096_block_65536)
                      0))))
      (a!10 (ite (and (not y_failed_sector_4096_block_65536) a!9)
                 y_end_sector_4096_block_65536
                 (ite (and (not x_failed_sector_4096_block_65536)
                           (< s_highestOkEnd_sector_4096_block_65536
                              x_end_sector_4096_block_65536))
                      x_end_sector_4096_block_65536
                      s_highestOkEnd_sector_4096_block_65536)))
      (a!12 (ite (and (not x_failed_sector_4096_block_65536) a!11)
                 x_end_sector_4096_block_65536
                 (ite (and (not y_failed_sector_4096_block_65536)
                           (< s_highestOkEnd_sector_4096_block_65536
                              y_end_sector_4096_block_65536))
                      y_end_sector_4096_block_65536
                      s_highestOkEnd_sector_4096_block_65536)))
      (a!17 (not (and (= (or s_anyFailed_sector_4096_block_65536
                             x_failed_sector_4096_block_65536)
                         (or s_anyFailed_sector_4096_block_65536
                             x_failed_sector_4096_block_65536))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 65536)) (ite (= (mod a!20 65536) 0) 0 65536))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_4096_block_65536
                            x_failed_sector_4096_block_65536)
                        y_failed_sector_4096_block_65536)
                    (or s_anyFailed_sector_4096_block_65536
                        y_failed_sector_4096_block_65536
                        x_failed_sector_4096_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 65536)))
                 (- offset (mod offset 65536))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 65536)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 65536))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 65536)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 65536) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 65536)) a!24)
                 (+ a!26 (ite a!27 0 65536))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 4096) a!18)
                    (ite (< 0 a!18) (div a!18 4096) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (= maxBioBytes (* 4096 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-8192-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_8192_block_65536 () Int)
(declare-fun s_anyFailed_sector_8192_block_65536 () Bool)
(declare-fun s_highestOkEnd_sector_8192_block_65536 () Int)
(declare-fun x_end_sector_8192_block_65536 () Int)
(declare-fun x_failed_sector_8192_block_65536 () Bool)
(declare-fun x_start_sector_8192_block_65536 () Int)
(declare-fun s_okBytes_sector_8192_block_65536 () Int)
(declare-fun y_end_sector_8192_block_65536 () Int)
(declare-fun y_failed_sector_8192_block_65536 () Bool)
(declare-fun y_start_sector_8192_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (< y_start_sector_8192_block_65536
              (ite (and x_failed_sector_8192_block_65536
                        (< x_start_sector_8192_block_65536
                           s_lowestFailedStart_sector_8192_block_65536))
                   x_start_sector_8192_block_65536
                   s_lowestFailedStart_sector_8192_block_65536)))
      (a!5 (< x_start_sector_8192_block_65536
              (ite (and y_failed_sector_8192_block_65536
                        (< y_start_sector_8192_block_65536
                           s_lowestFailedStart_sector_8192_block_65536))
                   y_start_sector_8192_block_65536
                   s_lowestFailedStart_sector_8192_block_65536)))
      (a!7 (+ (+ s_okBytes_sector_8192_block_65536
                 (ite (not x_failed_sector_8192_block_65536)
                      (- x_end_sector_8192_block_65536
                         x_start_sector_8192_block_65536)
                      0))
              (ite (not y_failed_sector_8192_block_65536)
                   (- y_end_sector_8192_block_65536
                      y_start_sector_8192_block_65536)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_8192_block_65536)
                        (< s_highestOkEnd_sector_8192_block_65536
                           x_end_sector_8192_block_65536))
                   x_end_sector_8192_block_65536
                   s_highestOkEnd_sector_8192_block_65536)
              y_end_sector_8192_block_65536))
      (a!11 (< (ite (and (not y_failed_sector_8192_block_65536)
                         (< s_highestOkEnd_sector_8192_block_65536
                            y_end_sector_8192_block_65536))
                    y_end_sector_8192_block_65536
                    s_highestOkEnd_sector_8192_block_65536)
               x_end_sector_8192_block_65536))
      (a!14 (= (ite (and x_failed_sector_8192_block_65536
                         (< x_start_sector_8192_block_65536
                            s_lowestFailedStart_sector_8192_block_65536))
                    x_start_sector_8192_block_65536
                    s_lowestFailedStart_sector_8192_block_65536)
               (ite (and x_failed_sector_8192_block_65536
                         (< x_start_sector_8192_block_65536
                            s_lowestFailedStart_sector_8192_block_65536))
                    x_start_sector_8192_block_65536
                    s_lowestFailedStart_sector_8192_block_65536)))
      (a!15 (= (+ s_okBytes_sector_8192_block_65536
                  (ite (not x_failed_sector_8192_block_65536)
                       (- x_end_sector_8192_block_65536
                          x_start_sector_8192_block_65536)
                       0))
               (+ s_okBytes_sector_8192_block_65536
                  (ite (not x_failed_sector_8192_block_65536)
                       (- x_end_sector_8192_block_65536
                          x_start_sector_8192_block_65536)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_8192_block_65536)
                         (< s_highestOkEnd_sector_8192_block_65536
                            x_end_sector_8192_block_65536))
                    x_end_sector_8192_block_65536
                    s_highestOkEnd_sector_8192_block_65536)
               (ite (and (not x_failed_sector_8192_block_65536)
                         (< s_highestOkEnd_sector_8192_block_65536
                            x_end_sector_8192_block_65536))
                    x_end_sector_8192_block_65536
                    s_highestOkEnd_sector_8192_block_65536)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_8192_block_65536 offset))
                 (- s_lowestFailedStart_sector_8192_block_65536 offset)
                 (ite (and s_anyFailed_sector_8192_block_65536
                           (= s_lowestFailedStart_sector_8192_block_65536
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (ite (and y_failed_sector_8192_block_65536 a!3)
                y_start_sector_8192_block_65536
                (ite (and x_failed_sector_8192_block_65536
                          (< x_start_sector_8192_block_65536
                             s_lowestFailedStart_sector_8192_block_65536))
                     x_start_sector_8192_block_65536
                     s_lowestFailedStart_sector_8192_block_65536)))
      (a!6 (ite (and x_failed_sector_8192_block_65536 a!5)
                x_start_sector_8192_block_65536
                (ite (and y_failed_sector_8192_block_65536
                          (< y_start_sector_8192_block_65536
                             s_lowestFailedStart_sector_8192_block_65536))
                     y_start_sector_8192_block_65536
                     s_lowestFailedStart_sector_8192_block_65536)))
      (a!8 (= a!7
              (+ s_okBytes_sector_8192_block_65536
                 (ite (not y_failed_sector_8192_block_65536)
                      (- y_end_sector_8192_block_65536
                         y_start_sector_8192_block_65536)
                      0)
                 (ite (not x_failed_sector_8192_block_65536)
                      (- x_end_sector_8192_block_65536
                         x_start_sector_8192_block_65536)
                      0))))
      (a!10 (ite (and (not y_failed_sector_8192_block_65536) a!9)
                 y_end_sector_8192_block_65536
                 (ite (and (not x_failed_sector_8192_block_65536)
                           (< s_highestOkEnd_sector_8192_block_65536
                              x_end_sector_8192_block_65536))
                      x_end_sector_8192_block_65536
                      s_highestOkEnd_sector_8192_block_65536)))
      (a!12 (ite (and (not x_failed_sector_8192_block_65536) a!11)
                 x_end_sector_8192_block_65536
                 (ite (and (not y_failed_sector_8192_block_65536)
                           (< s_highestOkEnd_sector_8192_block_65536
                              y_end_sector_8192_block_65536))
                      y_end_sector_8192_block_65536
                      s_highestOkEnd_sector_8192_block_65536)))
      (a!17 (not (and (= (or s_anyFailed_sector_8192_block_65536
                             x_failed_sector_8192_block_65536)
                         (or s_anyFailed_sector_8192_block_65536
                             x_failed_sector_8192_block_65536))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 65536)) (ite (= (mod a!20 65536) 0) 0 65536))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_8192_block_65536
                            x_failed_sector_8192_block_65536)
                        y_failed_sector_8192_block_65536)
                    (or s_anyFailed_sector_8192_block_65536
                        y_failed_sector_8192_block_65536
                        x_failed_sector_8192_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 65536)))
                 (- offset (mod offset 65536))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 65536)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 65536))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 65536)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 65536) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 65536)) a!24)
                 (+ a!26 (ite a!27 0 65536))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 8192) a!18)
                    (ite (< 0 a!18) (div a!18 8192) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 8192) 0)
       (= (mod length 8192) 0)
       (= maxBioBytes (* 8192 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-16384-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_16384_block_65536 () Int)
(declare-fun s_anyFailed_sector_16384_block_65536 () Bool)
(declare-fun s_highestOkEnd_sector_16384_block_65536 () Int)
(declare-fun x_end_sector_16384_block_65536 () Int)
(declare-fun x_failed_sector_16384_block_65536 () Bool)
(declare-fun x_start_sector_16384_block_65536 () Int)
(declare-fun s_okBytes_sector_16384_block_65536 () Int)
(declare-fun y_end_sector_16384_block_65536 () Int)
(declare-fun y_failed_sector_16384_block_65536 () Bool)
(declare-fun y_start_sector_16384_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (< y_start_sector_16384_block_65536
              (ite (and x_failed_sector_16384_block_65536
                        (< x_start_sector_16384_block_65536
                           s_lowestFailedStart_sector_16384_block_65536))
                   x_start_sector_16384_block_65536
                   s_lowestFailedStart_sector_16384_block_65536)))
      (a!5 (< x_start_sector_16384_block_65536
              (ite (and y_failed_sector_16384_block_65536
                        (< y_start_sector_16384_block_65536
                           s_lowestFailedStart_sector_16384_block_65536))
                   y_start_sector_16384_block_65536
                   s_lowestFailedStart_sector_16384_block_65536)))
      (a!7 (+ (+ s_okBytes_sector_16384_block_65536
                 (ite (not x_failed_sector_16384_block_65536)
                      (- x_end_sector_16384_block_65536
                         x_start_sector_16384_block_65536)
                      0))
              (ite (not y_failed_sector_16384_block_65536)
                   (- y_end_sector_16384_block_65536
                      y_start_sector_16384_block_65536)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_16384_block_65536)
                        (< s_highestOkEnd_sector_16384_block_65536
                           x_end_sector_16384_block_65536))
                   x_end_sector_16384_block_65536
                   s_highestOkEnd_sector_16384_block_65536)
              y_end_sector_16384_block_65536))
      (a!11 (< (ite (and (not y_failed_sector_16384_block_65536)
                         (< s_highestOkEnd_sector_16384_block_65536
                            y_end_sector_16384_block_65536))
                    y_end_sector_16384_block_65536
                    s_highestOkEnd_sector_16384_block_65536)
               x_end_sector_16384_block_65536))
      (a!14 (= (ite (and x_failed_sector_16384_block_65536
                         (< x_start_sector_16384_block_65536
                            s_lowestFailedStart_sector_16384_block_65536))
                    x_start_sector_16384_block_65536
                    s_lowestFailedStart_sector_16384_block_65536)
               (ite (and x_failed_sector_16384_block_65536
                         (< x_start_sector_16384_block_65536
                            s_lowestFailedStart_sector_16384_block_65536))
                    x_start_sector_16384_block_65536
                    s_lowestFailedStart_sector_16384_block_65536)))
      (a!15 (= (+ s_okBytes_sector_16384_block_65536
                  (ite (not x_failed_sector_16384_block_65536)
                       (- x_end_sector_16384_block_65536
                          x_start_sector_16384_block_65536)
                       0))
               (+ s_okBytes_sector_16384_block_65536
                  (ite (not x_failed_sector_16384_block_65536)
                       (- x_end_sector_16384_block_65536
                          x_start_sector_16384_block_65536)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_16384_block_65536)
                         (< s_highestOkEnd_sector_16384_block_65536
                            x_end_sector_16384_block_65536))
                    x_end_sector_16384_block_65536
                    s_highestOkEnd_sector_16384_block_65536)
               (ite (and (not x_failed_sector_16384_block_65536)
                         (< s_highestOkEnd_sector_16384_block_65536
                            x_end_sector_16384_block_65536))
                    x_end_sector_16384_block_65536
                    s_highestOkEnd_sector_16384_block_65536)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_16384_block_65536 offset))
                 (- s_lowestFailedStart_sector_16384_block_65536 offset)
                 (ite (and s_anyFailed_sector_16384_block_65536
                           (= s_lowestFailedStart_sector_16384_block_65536
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (ite (and y_failed_sector_16384_block_65536 a!3)
                y_start_sector_16384_block_65536
                (ite (and x_failed_sector_16384_block_65536
                          (< x_start_sector_16384_block_65536
                             s_lowestFailedStart_sector_16384_block_65536))
                     x_start_sector_16384_block_65536
                     s_lowestFailedStart_sector_16384_block_65536)))
      (a!6 (ite (and x_failed_sector_16384_block_65536 a!5)
                x_start_sector_16384_block_65536
                (ite (and y_failed_sector_16384_block_65536
                          (< y_start_sector_16384_block_65536
                             s_lowestFailedStart_sector_16384_block_65536))
                     y_start_sector_16384_block_65536
                     s_lowestFailedStart_sector_16384_block_65536)))
      (a!8 (= a!7
              (+ s_okBytes_sector_16384_block_65536
                 (ite (not y_failed_sector_16384_block_65536)
                      (- y_end_sector_16384_block_65536
                         y_start_sector_16384_block_65536)
                      0)
                 (ite (not x_failed_sector_16384_block_65536)
                      (- x_end_sector_16384_block_65536
                         x_start_sector_16384_block_65536)
                      0))))
      (a!10 (ite (and (not y_failed_sector_16384_block_65536) a!9)
                 y_end_sector_16384_block_65536
                 (ite (and (not x_failed_sector_16384_block_65536)
                           (< s_highestOkEnd_sector_16384_block_65536
                              x_end_sector_16384_block_65536))
                      x_end_sector_16384_block_65536
                      s_highestOkEnd_sector_16384_block_65536)))
      (a!12 (ite (and (not x_failed_sector_16384_block_65536) a!11)
                 x_end_sector_16384_block_65536
                 (ite (and (not y_failed_sector_16384_block_65536)
                           (< s_highestOkEnd_sector_16384_block_65536
                              y_end_sector_16384_block_65536))
                      y_end_sector_16384_block_65536
                      s_highestOkEnd_sector_16384_block_65536)))
      (a!17 (not (and (= (or s_anyFailed_sector_16384_block_65536
                             x_failed_sector_16384_block_65536)
                         (or s_anyFailed_sector_16384_block_65536
                             x_failed_sector_16384_block_65536))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 65536)) (ite (= (mod a!20 65536) 0) 0 65536))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_16384_block_65536
                            x_failed_sector_16384_block_65536)
                        y_failed_sector_16384_block_65536)
                    (or s_anyFailed_sector_16384_block_65536
                        y_failed_sector_16384_block_65536
                        x_failed_sector_16384_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 65536)))
                 (- offset (mod offset 65536))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 65536)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 65536))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 65536)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 65536) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 65536)) a!24)
                 (+ a!26 (ite a!27 0 65536))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 16384) a!18)
                    (ite (< 0 a!18) (div a!18 16384) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 16384) 0)
       (= (mod length 16384) 0)
       (= maxBioBytes (* 16384 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-32768-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_32768_block_65536 () Int)
(declare-fun s_anyFailed_sector_32768_block_65536 () Bool)
(declare-fun s_highestOkEnd_sector_32768_block_65536 () Int)
(declare-fun x_end_sector_32768_block_65536 () Int)
(declare-fun x_failed_sector_32768_block_65536 () Bool)
(declare-fun x_start_sector_32768_block_65536 () Int)
(declare-fun s_okBytes_sector_32768_block_65536 () Int)
(declare-fun y_end_sector_32768_block_65536 () Int)
(declare-fun y_failed_sector_32768_block_65536 () Bool)
(declare-fun y_start_sector_32768_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (< y_start_sector_32768_block_65536
              (ite (and x_failed_sector_32768_block_65536
                        (< x_start_sector_32768_block_65536
                           s_lowestFailedStart_sector_32768_block_65536))
                   x_start_sector_32768_block_65536
                   s_lowestFailedStart_sector_32768_block_65536)))
      (a!5 (< x_start_sector_32768_block_65536
              (ite (and y_failed_sector_32768_block_65536
                        (< y_start_sector_32768_block_65536
                           s_lowestFailedStart_sector_32768_block_65536))
                   y_start_sector_32768_block_65536
                   s_lowestFailedStart_sector_32768_block_65536)))
      (a!7 (+ (+ s_okBytes_sector_32768_block_65536
                 (ite (not x_failed_sector_32768_block_65536)
                      (- x_end_sector_32768_block_65536
                         x_start_sector_32768_block_65536)
                      0))
              (ite (not y_failed_sector_32768_block_65536)
                   (- y_end_sector_32768_block_65536
                      y_start_sector_32768_block_65536)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_32768_block_65536)
                        (< s_highestOkEnd_sector_32768_block_65536
                           x_end_sector_32768_block_65536))
                   x_end_sector_32768_block_65536
                   s_highestOkEnd_sector_32768_block_65536)
              y_end_sector_32768_block_65536))
      (a!11 (< (ite (and (not y_failed_sector_32768_block_65536)
                         (< s_highestOkEnd_sector_32768_block_65536
                            y_end_sector_32768_block_65536))
                    y_end_sector_32768_block_65536
                    s_highestOkEnd_sector_32768_block_65536)
               x_end_sector_32768_block_65536))
      (a!14 (= (ite (and x_failed_sector_32768_block_65536
                         (< x_start_sector_32768_block_65536
                            s_lowestFailedStart_sector_32768_block_65536))
                    x_start_sector_32768_block_65536
                    s_lowestFailedStart_sector_32768_block_65536)
               (ite (and x_failed_sector_32768_block_65536
                         (< x_start_sector_32768_block_65536
                            s_lowestFailedStart_sector_32768_block_65536))
                    x_start_sector_32768_block_65536
                    s_lowestFailedStart_sector_32768_block_65536)))
      (a!15 (= (+ s_okBytes_sector_32768_block_65536
                  (ite (not x_failed_sector_32768_block_65536)
                       (- x_end_sector_32768_block_65536
                          x_start_sector_32768_block_65536)
                       0))
               (+ s_okBytes_sector_32768_block_65536
                  (ite (not x_failed_sector_32768_block_65536)
                       (- x_end_sector_32768_block_65536
                          x_start_sector_32768_block_65536)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_32768_block_65536)
                         (< s_highestOkEnd_sector_32768_block_65536
                            x_end_sector_32768_block_65536))
                    x_end_sector_32768_block_65536
                    s_highestOkEnd_sector_32768_block_65536)
               (ite (and (not x_failed_sector_32768_block_65536)
                         (< s_highestOkEnd_sector_32768_block_65536
                            x_end_sector_32768_block_65536))
                    x_end_sector_32768_block_65536
                    s_highestOkEnd_sector_32768_block_65536)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_32768_block_65536 offset))
                 (- s_lowestFailedStart_sector_32768_block_65536 offset)
                 (ite (and s_anyFailed_sector_32768_block_65536
                           (= s_lowestFailedStart_sector_32768_block_65536
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (ite (and y_failed_sector_32768_block_65536 a!3)
                y_start_sector_32768_block_65536
                (ite (and x_failed_sector_32768_block_65536
                          (< x_start_sector_32768_block_65536
                             s_lowestFailedStart_sector_32768_block_65536))
                     x_start_sector_32768_block_65536
                     s_lowestFailedStart_sector_32768_block_65536)))
      (a!6 (ite (and x_failed_sector_32768_block_65536 a!5)
                x_start_sector_32768_block_65536
                (ite (and y_failed_sector_32768_block_65536
                          (< y_start_sector_32768_block_65536
                             s_lowestFailedStart_sector_32768_block_65536))
                     y_start_sector_32768_block_65536
                     s_lowestFailedStart_sector_32768_block_65536)))
      (a!8 (= a!7
              (+ s_okBytes_sector_32768_block_65536
                 (ite (not y_failed_sector_32768_block_65536)
                      (- y_end_sector_32768_block_65536
                         y_start_sector_32768_block_65536)
                      0)
                 (ite (not x_failed_sector_32768_block_65536)
                      (- x_end_sector_32768_block_65536
                         x_start_sector_32768_block_65536)
                      0))))
      (a!10 (ite (and (not y_failed_sector_32768_block_65536) a!9)
                 y_end_sector_32768_block_65536
                 (ite (and (not x_failed_sector_32768_block_65536)
                           (< s_highestOkEnd_sector_32768_block_65536
                              x_end_sector_32768_block_65536))
                      x_end_sector_32768_block_65536
                      s_highestOkEnd_sector_32768_block_65536)))
      (a!12 (ite (and (not x_failed_sector_32768_block_65536) a!11)
                 x_end_sector_32768_block_65536
                 (ite (and (not y_failed_sector_32768_block_65536)
                           (< s_highestOkEnd_sector_32768_block_65536
                              y_end_sector_32768_block_65536))
                      y_end_sector_32768_block_65536
                      s_highestOkEnd_sector_32768_block_65536)))
      (a!17 (not (and (= (or s_anyFailed_sector_32768_block_65536
                             x_failed_sector_32768_block_65536)
                         (or s_anyFailed_sector_32768_block_65536
                             x_failed_sector_32768_block_65536))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 65536)) (ite (= (mod a!20 65536) 0) 0 65536))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_32768_block_65536
                            x_failed_sector_32768_block_65536)
                        y_failed_sector_32768_block_65536)
                    (or s_anyFailed_sector_32768_block_65536
                        y_failed_sector_32768_block_65536
                        x_failed_sector_32768_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 65536)))
                 (- offset (mod offset 65536))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 65536)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 65536))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 65536)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 65536) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 65536)) a!24)
                 (+ a!26 (ite a!27 0 65536))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 32768) a!18)
                    (ite (< 0 a!18) (div a!18 32768) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 32768) 0)
       (= (mod length 32768) 0)
       (= maxBioBytes (* 32768 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry sector-65536-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_sector_65536_block_65536 () Int)
(declare-fun s_anyFailed_sector_65536_block_65536 () Bool)
(declare-fun s_highestOkEnd_sector_65536_block_65536 () Int)
(declare-fun x_end_sector_65536_block_65536 () Int)
(declare-fun x_failed_sector_65536_block_65536 () Bool)
(declare-fun x_start_sector_65536_block_65536 () Int)
(declare-fun s_okBytes_sector_65536_block_65536 () Int)
(declare-fun y_end_sector_65536_block_65536 () Int)
(declare-fun y_failed_sector_65536_block_65536 () Bool)
(declare-fun y_start_sector_65536_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (< y_start_sector_65536_block_65536
              (ite (and x_failed_sector_65536_block_65536
                        (< x_start_sector_65536_block_65536
                           s_lowestFailedStart_sector_65536_block_65536))
                   x_start_sector_65536_block_65536
                   s_lowestFailedStart_sector_65536_block_65536)))
      (a!5 (< x_start_sector_65536_block_65536
              (ite (and y_failed_sector_65536_block_65536
                        (< y_start_sector_65536_block_65536
                           s_lowestFailedStart_sector_65536_block_65536))
                   y_start_sector_65536_block_65536
                   s_lowestFailedStart_sector_65536_block_65536)))
      (a!7 (+ (+ s_okBytes_sector_65536_block_65536
                 (ite (not x_failed_sector_65536_block_65536)
                      (- x_end_sector_65536_block_65536
                         x_start_sector_65536_block_65536)
                      0))
              (ite (not y_failed_sector_65536_block_65536)
                   (- y_end_sector_65536_block_65536
                      y_start_sector_65536_block_65536)
                   0)))
      (a!9 (< (ite (and (not x_failed_sector_65536_block_65536)
                        (< s_highestOkEnd_sector_65536_block_65536
                           x_end_sector_65536_block_65536))
                   x_end_sector_65536_block_65536
                   s_highestOkEnd_sector_65536_block_65536)
              y_end_sector_65536_block_65536))
      (a!11 (< (ite (and (not y_failed_sector_65536_block_65536)
                         (< s_highestOkEnd_sector_65536_block_65536
                            y_end_sector_65536_block_65536))
                    y_end_sector_65536_block_65536
                    s_highestOkEnd_sector_65536_block_65536)
               x_end_sector_65536_block_65536))
      (a!14 (= (ite (and x_failed_sector_65536_block_65536
                         (< x_start_sector_65536_block_65536
                            s_lowestFailedStart_sector_65536_block_65536))
                    x_start_sector_65536_block_65536
                    s_lowestFailedStart_sector_65536_block_65536)
               (ite (and x_failed_sector_65536_block_65536
                         (< x_start_sector_65536_block_65536
                            s_lowestFailedStart_sector_65536_block_65536))
                    x_start_sector_65536_block_65536
                    s_lowestFailedStart_sector_65536_block_65536)))
      (a!15 (= (+ s_okBytes_sector_65536_block_65536
                  (ite (not x_failed_sector_65536_block_65536)
                       (- x_end_sector_65536_block_65536
                          x_start_sector_65536_block_65536)
                       0))
               (+ s_okBytes_sector_65536_block_65536
                  (ite (not x_failed_sector_65536_block_65536)
                       (- x_end_sector_65536_block_65536
                          x_start_sector_65536_block_65536)
                       0))))
      (a!16 (= (ite (and (not x_failed_sector_65536_block_65536)
                         (< s_highestOkEnd_sector_65536_block_65536
                            x_end_sector_65536_block_65536))
                    x_end_sector_65536_block_65536
                    s_highestOkEnd_sector_65536_block_65536)
               (ite (and (not x_failed_sector_65536_block_65536)
                         (< s_highestOkEnd_sector_65536_block_65536
                            x_end_sector_65536_block_65536))
                    x_end_sector_65536_block_65536
                    s_highestOkEnd_sector_65536_block_65536)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_sector_65536_block_65536 offset))
                 (- s_lowestFailedStart_sector_65536_block_65536 offset)
                 (ite (and s_anyFailed_sector_65536_block_65536
                           (= s_lowestFailedStart_sector_65536_block_65536
                              offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (ite (and y_failed_sector_65536_block_65536 a!3)
                y_start_sector_65536_block_65536
                (ite (and x_failed_sector_65536_block_65536
                          (< x_start_sector_65536_block_65536
                             s_lowestFailedStart_sector_65536_block_65536))
                     x_start_sector_65536_block_65536
                     s_lowestFailedStart_sector_65536_block_65536)))
      (a!6 (ite (and x_failed_sector_65536_block_65536 a!5)
                x_start_sector_65536_block_65536
                (ite (and y_failed_sector_65536_block_65536
                          (< y_start_sector_65536_block_65536
                             s_lowestFailedStart_sector_65536_block_65536))
                     y_start_sector_65536_block_65536
                     s_lowestFailedStart_sector_65536_block_65536)))
      (a!8 (= a!7
              (+ s_okBytes_sector_65536_block_65536
                 (ite (not y_failed_sector_65536_block_65536)
                      (- y_end_sector_65536_block_65536
                         y_start_sector_65536_block_65536)
                      0)
                 (ite (not x_failed_sector_65536_block_65536)
                      (- x_end_sector_65536_block_65536
                         x_start_sector_65536_block_65536)
                      0))))
      (a!10 (ite (and (not y_failed_sector_65536_block_65536) a!9)
                 y_end_sector_65536_block_65536
                 (ite (and (not x_failed_sector_65536_block_65536)
                           (< s_highestOkEnd_sector_65536_block_65536
                              x_end_sector_65536_block_65536))
                      x_end_sector_65536_block_65536
                      s_highestOkEnd_sector_65536_block_65536)))
      (a!12 (ite (and (not x_failed_sector_65536_block_65536) a!11)
                 x_end_sector_65536_block_65536
                 (ite (and (not y_failed_sector_65536_block_65536)
                           (< s_highestOkEnd_sector_65536_block_65536
                              y_end_sector_65536_block_65536))
                      y_end_sector_65536_block_65536
                      s_highestOkEnd_sector_65536_block_65536)))
      (a!17 (not (and (= (or s_anyFailed_sector_65536_block_65536
                             x_failed_sector_65536_block_65536)
                         (or s_anyFailed_sector_65536_block_65536
                             x_failed_sector_65536_block_65536))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 65536)) (ite (= (mod a!20 65536) 0) 0 65536))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_65536_block_65536
                            x_failed_sector_65536_block_65536)
                        y_failed_sector_65536_block_65536)
                    (or s_anyFailed_sector_65536_block_65536
                        y_failed_sector_65536_block_65536
                        x_failed_sector_65536_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12)))
      (a!22 (ite (<= a!21 (- offset (mod offset 65536)))
                 (- offset (mod offset 65536))
                 a!21)))
(let ((a!23 (div (- (ite (<= a!22 a!2) a!2 a!22) a!22) 65536)))
(let ((a!24 (+ a!22 (* (ite (<= a!23 freeBlocks) a!23 freeBlocks) 65536))))
(let ((a!25 (ite (<= (ite (< 0 a!18) (+ offset a!18) 0) a!24)
                 (ite (< 0 a!18) (+ offset a!18) 0)
                 a!24)))
(let ((a!26 (- (ite (<= a!22 a!25) a!25 a!22)
               (mod (ite (<= a!22 a!25) a!25 a!22) 65536)))
      (a!27 (= (mod (ite (<= a!22 a!25) a!25 a!22) 65536) 0)))
(let ((a!28 (ite (<= (+ a!26 (ite a!27 0 65536)) a!24)
                 (+ a!26 (ite a!27 0 65536))
                 a!24)))
(let ((a!29 (and (= (ite (< 0 a!18) (div a!18 65536) a!18)
                    (ite (< 0 a!18) (div a!18 65536) a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 65536) 0)
       (= (mod length 65536) 0)
       (= maxBioBytes (* 65536 maxBioSectors))
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!13) a!17 (not a!29)))))))))))))
(check-sat)
(reset)
