; DioVerify certificate (dioverify 0.1.0)
; policy:   prefix-zero-not-error
; property: P6 order-independence: R, newSize and the kept blocks are the same for every arrival order of the same outcomes
; bound:    unbounded
; identity: sha256:7a9172d96e7427ec46eefbcd7d55b119a5e274656bfac48664fbfbcd04139187
; domain:   every number of BIOs, any offset, length, file size and free-block count, every outcome and arrival order, on S, B powers of two with 512 <= S <= B <= 65536; M any positive multiple of S
; cases:    block-512 (S in {512}, B=512, M any positive multiple of S); block-1024 (S in {512, 1024}, B=1024, M any positive multiple of S); block-2048 (S in {512, 1024, 2048}, B=2048, M any positive multiple of S); block-4096 (S in {512, 1024, 2048, 4096}, B=4096, M any positive multiple of S); block-8192 (S in {512, 1024, 2048, 4096, 8192}, B=8192, M any positive multiple of S); block-16384 (S in {512, 1024, 2048, 4096, 8192, 16384}, B=16384, M any positive multiple of S); block-32768 (S in {512, 1024, 2048, 4096, 8192, 16384, 32768}, B=32768, M any positive multiple of S); block-65536 (S in {512, 1024, 2048, 4096, 8192, 16384, 32768, 65536}, B=65536, M any positive multiple of S)
; method:   induction-over-arrivals: induction over arrivals: completions commute on everything finish reads (every bound)
; lemma:    on every case, two completions commute on the folds (any failure, lowest failed start, ok bytes, highest ok end), the folds' update reads nothing else, and the policy's finish reads nothing else: every arrival order ends in the same decision
; 8 queries (the order lemma per case); each must be unsat for the proof; a sat refutes the lemma, not the property
; case: order lemma, geometry block-512
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_block_512 () Int)
(declare-fun s_anyFailed_block_512 () Bool)
(declare-fun s_highestOkEnd_block_512 () Int)
(declare-fun x_end_block_512 () Int)
(declare-fun x_failed_block_512 () Bool)
(declare-fun x_start_block_512 () Int)
(declare-fun s_okBytes_block_512 () Int)
(declare-fun y_end_block_512 () Int)
(declare-fun y_failed_block_512 () Bool)
(declare-fun y_start_block_512 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun sectorSize () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 512) 0) 0 512))
      (a!3 (< y_start_block_512
              (ite (and x_failed_block_512
                        (< x_start_block_512 s_lowestFailedStart_block_512))
                   x_start_block_512
                   s_lowestFailedStart_block_512)))
      (a!5 (< x_start_block_512
              (ite (and y_failed_block_512
                        (< y_start_block_512 s_lowestFailedStart_block_512))
                   y_start_block_512
                   s_lowestFailedStart_block_512)))
      (a!7 (+ (+ s_okBytes_block_512
                 (ite (not x_failed_block_512)
                      (- x_end_block_512 x_start_block_512)
                      0))
              (ite (not y_failed_block_512)
                   (- y_end_block_512 y_start_block_512)
                   0)))
      (a!9 (< (ite (and (not x_failed_block_512)
                        (< s_highestOkEnd_block_512 x_end_block_512))
                   x_end_block_512
                   s_highestOkEnd_block_512)
              y_end_block_512))
      (a!11 (< (ite (and (not y_failed_block_512)
                         (< s_highestOkEnd_block_512 y_end_block_512))
                    y_end_block_512
                    s_highestOkEnd_block_512)
               x_end_block_512))
      (a!14 (= (ite (and x_failed_block_512
                         (< x_start_block_512 s_lowestFailedStart_block_512))
                    x_start_block_512
                    s_lowestFailedStart_block_512)
               (ite (and x_failed_block_512
                         (< x_start_block_512 s_lowestFailedStart_block_512))
                    x_start_block_512
                    s_lowestFailedStart_block_512)))
      (a!15 (= (+ s_okBytes_block_512
                  (ite (not x_failed_block_512)
                       (- x_end_block_512 x_start_block_512)
                       0))
               (+ s_okBytes_block_512
                  (ite (not x_failed_block_512)
                       (- x_end_block_512 x_start_block_512)
                       0))))
      (a!16 (= (ite (and (not x_failed_block_512)
                         (< s_highestOkEnd_block_512 x_end_block_512))
                    x_end_block_512
                    s_highestOkEnd_block_512)
               (ite (and (not x_failed_block_512)
                         (< s_highestOkEnd_block_512 x_end_block_512))
                    x_end_block_512
                    s_highestOkEnd_block_512)))
      (a!18 (ite (< 0 (- s_lowestFailedStart_block_512 offset))
                 (- s_lowestFailedStart_block_512 offset)
                 (ite (and s_anyFailed_block_512
                           (= s_lowestFailedStart_block_512 offset))
                      (- 5)
                      (- 28))))
      (a!20 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 512)) a!1))
      (a!4 (ite (and y_failed_block_512 a!3)
                y_start_block_512
                (ite (and x_failed_block_512
                          (< x_start_block_512 s_lowestFailedStart_block_512))
                     x_start_block_512
                     s_lowestFailedStart_block_512)))
      (a!6 (ite (and x_failed_block_512 a!5)
                x_start_block_512
                (ite (and y_failed_block_512
                          (< y_start_block_512 s_lowestFailedStart_block_512))
                     y_start_block_512
                     s_lowestFailedStart_block_512)))
      (a!8 (= a!7
              (+ s_okBytes_block_512
                 (ite (not y_failed_block_512)
                      (- y_end_block_512 y_start_block_512)
                      0)
                 (ite (not x_failed_block_512)
                      (- x_end_block_512 x_start_block_512)
                      0))))
      (a!10 (ite (and (not y_failed_block_512) a!9)
                 y_end_block_512
                 (ite (and (not x_failed_block_512)
                           (< s_highestOkEnd_block_512 x_end_block_512))
                      x_end_block_512
                      s_highestOkEnd_block_512)))
      (a!12 (ite (and (not x_failed_block_512) a!11)
                 x_end_block_512
                 (ite (and (not y_failed_block_512)
                           (< s_highestOkEnd_block_512 y_end_block_512))
                      y_end_block_512
                      s_highestOkEnd_block_512)))
      (a!17 (not (and (= (or s_anyFailed_block_512 x_failed_block_512)
                         (or s_anyFailed_block_512 x_failed_block_512))
                      a!14
                      a!15
                      a!16)))
      (a!19 (ite (< 0 a!18)
                 (ite (<= fileSize (+ offset a!18)) (+ offset a!18) fileSize)
                 fileSize))
      (a!21 (+ (- a!20 (mod a!20 512)) (ite (= (mod a!20 512) 0) 0 512))))
(let ((a!13 (and (= (or (or s_anyFailed_block_512 x_failed_block_512)
                        y_failed_block_512)
                    (or s_anyFailed_block_512
                        y_failed_block_512
                        x_failed_block_512))
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
(let ((a!29 (and (= (ite (<= a!18 0) 0 a!18) (ite (<= a!18 0) 0 a!18))
                 (= a!19 a!19)
                 (= a!28 a!28))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= sectorSize 512)
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
; case: order lemma, geometry block-1024
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_block_1024 () Int)
(declare-fun s_anyFailed_block_1024 () Bool)
(declare-fun s_highestOkEnd_block_1024 () Int)
(declare-fun x_end_block_1024 () Int)
(declare-fun x_failed_block_1024 () Bool)
(declare-fun x_start_block_1024 () Int)
(declare-fun s_okBytes_block_1024 () Int)
(declare-fun y_end_block_1024 () Int)
(declare-fun y_failed_block_1024 () Bool)
(declare-fun y_start_block_1024 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun sectorSize () Int)
(assert (let ((a!1 (or (and (= sectorSize 512)
                    (= (mod offset 512) 0)
                    (= (mod length 512) 0)
                    (= maxBioBytes (* 512 maxBioSectors)))
               (and (= sectorSize 1024)
                    (= (mod offset 1024) 0)
                    (= (mod length 1024) 0)
                    (= maxBioBytes (* 1024 maxBioSectors)))))
      (a!2 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!4 (< y_start_block_1024
              (ite (and x_failed_block_1024
                        (< x_start_block_1024 s_lowestFailedStart_block_1024))
                   x_start_block_1024
                   s_lowestFailedStart_block_1024)))
      (a!6 (< x_start_block_1024
              (ite (and y_failed_block_1024
                        (< y_start_block_1024 s_lowestFailedStart_block_1024))
                   y_start_block_1024
                   s_lowestFailedStart_block_1024)))
      (a!8 (+ (+ s_okBytes_block_1024
                 (ite (not x_failed_block_1024)
                      (- x_end_block_1024 x_start_block_1024)
                      0))
              (ite (not y_failed_block_1024)
                   (- y_end_block_1024 y_start_block_1024)
                   0)))
      (a!10 (< (ite (and (not x_failed_block_1024)
                         (< s_highestOkEnd_block_1024 x_end_block_1024))
                    x_end_block_1024
                    s_highestOkEnd_block_1024)
               y_end_block_1024))
      (a!12 (< (ite (and (not y_failed_block_1024)
                         (< s_highestOkEnd_block_1024 y_end_block_1024))
                    y_end_block_1024
                    s_highestOkEnd_block_1024)
               x_end_block_1024))
      (a!15 (= (ite (and x_failed_block_1024
                         (< x_start_block_1024 s_lowestFailedStart_block_1024))
                    x_start_block_1024
                    s_lowestFailedStart_block_1024)
               (ite (and x_failed_block_1024
                         (< x_start_block_1024 s_lowestFailedStart_block_1024))
                    x_start_block_1024
                    s_lowestFailedStart_block_1024)))
      (a!16 (= (+ s_okBytes_block_1024
                  (ite (not x_failed_block_1024)
                       (- x_end_block_1024 x_start_block_1024)
                       0))
               (+ s_okBytes_block_1024
                  (ite (not x_failed_block_1024)
                       (- x_end_block_1024 x_start_block_1024)
                       0))))
      (a!17 (= (ite (and (not x_failed_block_1024)
                         (< s_highestOkEnd_block_1024 x_end_block_1024))
                    x_end_block_1024
                    s_highestOkEnd_block_1024)
               (ite (and (not x_failed_block_1024)
                         (< s_highestOkEnd_block_1024 x_end_block_1024))
                    x_end_block_1024
                    s_highestOkEnd_block_1024)))
      (a!19 (ite (< 0 (- s_lowestFailedStart_block_1024 offset))
                 (- s_lowestFailedStart_block_1024 offset)
                 (ite (and s_anyFailed_block_1024
                           (= s_lowestFailedStart_block_1024 offset))
                      (- 5)
                      (- 28))))
      (a!21 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!3 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!2))
      (a!5 (ite (and y_failed_block_1024 a!4)
                y_start_block_1024
                (ite (and x_failed_block_1024
                          (< x_start_block_1024 s_lowestFailedStart_block_1024))
                     x_start_block_1024
                     s_lowestFailedStart_block_1024)))
      (a!7 (ite (and x_failed_block_1024 a!6)
                x_start_block_1024
                (ite (and y_failed_block_1024
                          (< y_start_block_1024 s_lowestFailedStart_block_1024))
                     y_start_block_1024
                     s_lowestFailedStart_block_1024)))
      (a!9 (= a!8
              (+ s_okBytes_block_1024
                 (ite (not y_failed_block_1024)
                      (- y_end_block_1024 y_start_block_1024)
                      0)
                 (ite (not x_failed_block_1024)
                      (- x_end_block_1024 x_start_block_1024)
                      0))))
      (a!11 (ite (and (not y_failed_block_1024) a!10)
                 y_end_block_1024
                 (ite (and (not x_failed_block_1024)
                           (< s_highestOkEnd_block_1024 x_end_block_1024))
                      x_end_block_1024
                      s_highestOkEnd_block_1024)))
      (a!13 (ite (and (not x_failed_block_1024) a!12)
                 x_end_block_1024
                 (ite (and (not y_failed_block_1024)
                           (< s_highestOkEnd_block_1024 y_end_block_1024))
                      y_end_block_1024
                      s_highestOkEnd_block_1024)))
      (a!18 (not (and (= (or s_anyFailed_block_1024 x_failed_block_1024)
                         (or s_anyFailed_block_1024 x_failed_block_1024))
                      a!15
                      a!16
                      a!17)))
      (a!20 (ite (< 0 a!19)
                 (ite (<= fileSize (+ offset a!19)) (+ offset a!19) fileSize)
                 fileSize))
      (a!22 (+ (- a!21 (mod a!21 1024)) (ite (= (mod a!21 1024) 0) 0 1024))))
(let ((a!14 (and (= (or (or s_anyFailed_block_1024 x_failed_block_1024)
                        y_failed_block_1024)
                    (or s_anyFailed_block_1024
                        y_failed_block_1024
                        x_failed_block_1024))
                 (= a!5 a!7)
                 a!9
                 (= a!11 a!13)))
      (a!23 (ite (<= a!22 (- offset (mod offset 1024)))
                 (- offset (mod offset 1024))
                 a!22)))
(let ((a!24 (div (- (ite (<= a!23 a!3) a!3 a!23) a!23) 1024)))
(let ((a!25 (+ a!23 (* (ite (<= a!24 freeBlocks) a!24 freeBlocks) 1024))))
(let ((a!26 (ite (<= (ite (< 0 a!19) (+ offset a!19) 0) a!25)
                 (ite (< 0 a!19) (+ offset a!19) 0)
                 a!25)))
(let ((a!27 (- (ite (<= a!23 a!26) a!26 a!23)
               (mod (ite (<= a!23 a!26) a!26 a!23) 1024)))
      (a!28 (= (mod (ite (<= a!23 a!26) a!26 a!23) 1024) 0)))
(let ((a!29 (ite (<= (+ a!27 (ite a!28 0 1024)) a!25)
                 (+ a!27 (ite a!28 0 1024))
                 a!25)))
(let ((a!30 (and (= (ite (<= a!19 0) 0 a!19) (ite (<= a!19 0) 0 a!19))
                 (= a!20 a!20)
                 (= a!29 a!29))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       a!1
       (<= a!3 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!14) a!18 (not a!30)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_block_2048 () Int)
(declare-fun s_anyFailed_block_2048 () Bool)
(declare-fun s_highestOkEnd_block_2048 () Int)
(declare-fun x_end_block_2048 () Int)
(declare-fun x_failed_block_2048 () Bool)
(declare-fun x_start_block_2048 () Int)
(declare-fun s_okBytes_block_2048 () Int)
(declare-fun y_end_block_2048 () Int)
(declare-fun y_failed_block_2048 () Bool)
(declare-fun y_start_block_2048 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun sectorSize () Int)
(assert (let ((a!1 (or (and (= sectorSize 512)
                    (= (mod offset 512) 0)
                    (= (mod length 512) 0)
                    (= maxBioBytes (* 512 maxBioSectors)))
               (and (= sectorSize 1024)
                    (= (mod offset 1024) 0)
                    (= (mod length 1024) 0)
                    (= maxBioBytes (* 1024 maxBioSectors)))
               (and (= sectorSize 2048)
                    (= (mod offset 2048) 0)
                    (= (mod length 2048) 0)
                    (= maxBioBytes (* 2048 maxBioSectors)))))
      (a!2 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!4 (< y_start_block_2048
              (ite (and x_failed_block_2048
                        (< x_start_block_2048 s_lowestFailedStart_block_2048))
                   x_start_block_2048
                   s_lowestFailedStart_block_2048)))
      (a!6 (< x_start_block_2048
              (ite (and y_failed_block_2048
                        (< y_start_block_2048 s_lowestFailedStart_block_2048))
                   y_start_block_2048
                   s_lowestFailedStart_block_2048)))
      (a!8 (+ (+ s_okBytes_block_2048
                 (ite (not x_failed_block_2048)
                      (- x_end_block_2048 x_start_block_2048)
                      0))
              (ite (not y_failed_block_2048)
                   (- y_end_block_2048 y_start_block_2048)
                   0)))
      (a!10 (< (ite (and (not x_failed_block_2048)
                         (< s_highestOkEnd_block_2048 x_end_block_2048))
                    x_end_block_2048
                    s_highestOkEnd_block_2048)
               y_end_block_2048))
      (a!12 (< (ite (and (not y_failed_block_2048)
                         (< s_highestOkEnd_block_2048 y_end_block_2048))
                    y_end_block_2048
                    s_highestOkEnd_block_2048)
               x_end_block_2048))
      (a!15 (= (ite (and x_failed_block_2048
                         (< x_start_block_2048 s_lowestFailedStart_block_2048))
                    x_start_block_2048
                    s_lowestFailedStart_block_2048)
               (ite (and x_failed_block_2048
                         (< x_start_block_2048 s_lowestFailedStart_block_2048))
                    x_start_block_2048
                    s_lowestFailedStart_block_2048)))
      (a!16 (= (+ s_okBytes_block_2048
                  (ite (not x_failed_block_2048)
                       (- x_end_block_2048 x_start_block_2048)
                       0))
               (+ s_okBytes_block_2048
                  (ite (not x_failed_block_2048)
                       (- x_end_block_2048 x_start_block_2048)
                       0))))
      (a!17 (= (ite (and (not x_failed_block_2048)
                         (< s_highestOkEnd_block_2048 x_end_block_2048))
                    x_end_block_2048
                    s_highestOkEnd_block_2048)
               (ite (and (not x_failed_block_2048)
                         (< s_highestOkEnd_block_2048 x_end_block_2048))
                    x_end_block_2048
                    s_highestOkEnd_block_2048)))
      (a!19 (ite (< 0 (- s_lowestFailedStart_block_2048 offset))
                 (- s_lowestFailedStart_block_2048 offset)
                 (ite (and s_anyFailed_block_2048
                           (= s_lowestFailedStart_block_2048 offset))
                      (- 5)
                      (- 28))))
      (a!21 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!3 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!2))
      (a!5 (ite (and y_failed_block_2048 a!4)
                y_start_block_2048
                (ite (and x_failed_block_2048
                          (< x_start_block_2048 s_lowestFailedStart_block_2048))
                     x_start_block_2048
                     s_lowestFailedStart_block_2048)))
      (a!7 (ite (and x_failed_block_2048 a!6)
                x_start_block_2048
                (ite (and y_failed_block_2048
                          (< y_start_block_2048 s_lowestFailedStart_block_2048))
                     y_start_block_2048
                     s_lowestFailedStart_block_2048)))
      (a!9 (= a!8
              (+ s_okBytes_block_2048
                 (ite (not y_failed_block_2048)
                      (- y_end_block_2048 y_start_block_2048)
                      0)
                 (ite (not x_failed_block_2048)
                      (- x_end_block_2048 x_start_block_2048)
                      0))))
      (a!11 (ite (and (not y_failed_block_2048) a!10)
                 y_end_block_2048
                 (ite (and (not x_failed_block_2048)
                           (< s_highestOkEnd_block_2048 x_end_block_2048))
                      x_end_block_2048
                      s_highestOkEnd_block_2048)))
      (a!13 (ite (and (not x_failed_block_2048) a!12)
                 x_end_block_2048
                 (ite (and (not y_failed_block_2048)
                           (< s_highestOkEnd_block_2048 y_end_block_2048))
                      y_end_block_2048
                      s_highestOkEnd_block_2048)))
      (a!18 (not (and (= (or s_anyFailed_block_2048 x_failed_block_2048)
                         (or s_anyFailed_block_2048 x_failed_block_2048))
                      a!15
                      a!16
                      a!17)))
      (a!20 (ite (< 0 a!19)
                 (ite (<= fileSize (+ offset a!19)) (+ offset a!19) fileSize)
                 fileSize))
      (a!22 (+ (- a!21 (mod a!21 2048)) (ite (= (mod a!21 2048) 0) 0 2048))))
(let ((a!14 (and (= (or (or s_anyFailed_block_2048 x_failed_block_2048)
                        y_failed_block_2048)
                    (or s_anyFailed_block_2048
                        y_failed_block_2048
                        x_failed_block_2048))
                 (= a!5 a!7)
                 a!9
                 (= a!11 a!13)))
      (a!23 (ite (<= a!22 (- offset (mod offset 2048)))
                 (- offset (mod offset 2048))
                 a!22)))
(let ((a!24 (div (- (ite (<= a!23 a!3) a!3 a!23) a!23) 2048)))
(let ((a!25 (+ a!23 (* (ite (<= a!24 freeBlocks) a!24 freeBlocks) 2048))))
(let ((a!26 (ite (<= (ite (< 0 a!19) (+ offset a!19) 0) a!25)
                 (ite (< 0 a!19) (+ offset a!19) 0)
                 a!25)))
(let ((a!27 (- (ite (<= a!23 a!26) a!26 a!23)
               (mod (ite (<= a!23 a!26) a!26 a!23) 2048)))
      (a!28 (= (mod (ite (<= a!23 a!26) a!26 a!23) 2048) 0)))
(let ((a!29 (ite (<= (+ a!27 (ite a!28 0 2048)) a!25)
                 (+ a!27 (ite a!28 0 2048))
                 a!25)))
(let ((a!30 (and (= (ite (<= a!19 0) 0 a!19) (ite (<= a!19 0) 0 a!19))
                 (= a!20 a!20)
                 (= a!29 a!29))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       a!1
       (<= a!3 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!14) a!18 (not a!30)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_block_4096 () Int)
(declare-fun s_anyFailed_block_4096 () Bool)
(declare-fun s_highestOkEnd_block_4096 () Int)
(declare-fun x_end_block_4096 () Int)
(declare-fun x_failed_block_4096 () Bool)
(declare-fun x_start_block_4096 () Int)
(declare-fun s_okBytes_block_4096 () Int)
(declare-fun y_end_block_4096 () Int)
(declare-fun y_failed_block_4096 () Bool)
(declare-fun y_start_block_4096 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun sectorSize () Int)
(assert (let ((a!1 (or (and (= sectorSize 512)
                    (= (mod offset 512) 0)
                    (= (mod length 512) 0)
                    (= maxBioBytes (* 512 maxBioSectors)))
               (and (= sectorSize 1024)
                    (= (mod offset 1024) 0)
                    (= (mod length 1024) 0)
                    (= maxBioBytes (* 1024 maxBioSectors)))
               (and (= sectorSize 2048)
                    (= (mod offset 2048) 0)
                    (= (mod length 2048) 0)
                    (= maxBioBytes (* 2048 maxBioSectors)))
               (and (= sectorSize 4096)
                    (= (mod offset 4096) 0)
                    (= (mod length 4096) 0)
                    (= maxBioBytes (* 4096 maxBioSectors)))))
      (a!2 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!4 (< y_start_block_4096
              (ite (and x_failed_block_4096
                        (< x_start_block_4096 s_lowestFailedStart_block_4096))
                   x_start_block_4096
                   s_lowestFailedStart_block_4096)))
      (a!6 (< x_start_block_4096
              (ite (and y_failed_block_4096
                        (< y_start_block_4096 s_lowestFailedStart_block_4096))
                   y_start_block_4096
                   s_lowestFailedStart_block_4096)))
      (a!8 (+ (+ s_okBytes_block_4096
                 (ite (not x_failed_block_4096)
                      (- x_end_block_4096 x_start_block_4096)
                      0))
              (ite (not y_failed_block_4096)
                   (- y_end_block_4096 y_start_block_4096)
                   0)))
      (a!10 (< (ite (and (not x_failed_block_4096)
                         (< s_highestOkEnd_block_4096 x_end_block_4096))
                    x_end_block_4096
                    s_highestOkEnd_block_4096)
               y_end_block_4096))
      (a!12 (< (ite (and (not y_failed_block_4096)
                         (< s_highestOkEnd_block_4096 y_end_block_4096))
                    y_end_block_4096
                    s_highestOkEnd_block_4096)
               x_end_block_4096))
      (a!15 (= (ite (and x_failed_block_4096
                         (< x_start_block_4096 s_lowestFailedStart_block_4096))
                    x_start_block_4096
                    s_lowestFailedStart_block_4096)
               (ite (and x_failed_block_4096
                         (< x_start_block_4096 s_lowestFailedStart_block_4096))
                    x_start_block_4096
                    s_lowestFailedStart_block_4096)))
      (a!16 (= (+ s_okBytes_block_4096
                  (ite (not x_failed_block_4096)
                       (- x_end_block_4096 x_start_block_4096)
                       0))
               (+ s_okBytes_block_4096
                  (ite (not x_failed_block_4096)
                       (- x_end_block_4096 x_start_block_4096)
                       0))))
      (a!17 (= (ite (and (not x_failed_block_4096)
                         (< s_highestOkEnd_block_4096 x_end_block_4096))
                    x_end_block_4096
                    s_highestOkEnd_block_4096)
               (ite (and (not x_failed_block_4096)
                         (< s_highestOkEnd_block_4096 x_end_block_4096))
                    x_end_block_4096
                    s_highestOkEnd_block_4096)))
      (a!19 (ite (< 0 (- s_lowestFailedStart_block_4096 offset))
                 (- s_lowestFailedStart_block_4096 offset)
                 (ite (and s_anyFailed_block_4096
                           (= s_lowestFailedStart_block_4096 offset))
                      (- 5)
                      (- 28))))
      (a!21 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!3 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!2))
      (a!5 (ite (and y_failed_block_4096 a!4)
                y_start_block_4096
                (ite (and x_failed_block_4096
                          (< x_start_block_4096 s_lowestFailedStart_block_4096))
                     x_start_block_4096
                     s_lowestFailedStart_block_4096)))
      (a!7 (ite (and x_failed_block_4096 a!6)
                x_start_block_4096
                (ite (and y_failed_block_4096
                          (< y_start_block_4096 s_lowestFailedStart_block_4096))
                     y_start_block_4096
                     s_lowestFailedStart_block_4096)))
      (a!9 (= a!8
              (+ s_okBytes_block_4096
                 (ite (not y_failed_block_4096)
                      (- y_end_block_4096 y_start_block_4096)
                      0)
                 (ite (not x_failed_block_4096)
                      (- x_end_block_4096 x_start_block_4096)
                      0))))
      (a!11 (ite (and (not y_failed_block_4096) a!10)
                 y_end_block_4096
                 (ite (and (not x_failed_block_4096)
                           (< s_highestOkEnd_block_4096 x_end_block_4096))
                      x_end_block_4096
                      s_highestOkEnd_block_4096)))
      (a!13 (ite (and (not x_failed_block_4096) a!12)
                 x_end_block_4096
                 (ite (and (not y_failed_block_4096)
                           (< s_highestOkEnd_block_4096 y_end_block_4096))
                      y_end_block_4096
                      s_highestOkEnd_block_4096)))
      (a!18 (not (and (= (or s_anyFailed_block_4096 x_failed_block_4096)
                         (or s_anyFailed_block_4096 x_failed_block_4096))
                      a!15
                      a!16
                      a!17)))
      (a!20 (ite (< 0 a!19)
                 (ite (<= fileSize (+ offset a!19)) (+ offset a!19) fileSize)
                 fileSize))
      (a!22 (+ (- a!21 (mod a!21 4096)) (ite (= (mod a!21 4096) 0) 0 4096))))
(let ((a!14 (and (= (or (or s_anyFailed_block_4096 x_failed_block_4096)
                        y_failed_block_4096)
                    (or s_anyFailed_block_4096
                        y_failed_block_4096
                        x_failed_block_4096))
                 (= a!5 a!7)
                 a!9
                 (= a!11 a!13)))
      (a!23 (ite (<= a!22 (- offset (mod offset 4096)))
                 (- offset (mod offset 4096))
                 a!22)))
(let ((a!24 (div (- (ite (<= a!23 a!3) a!3 a!23) a!23) 4096)))
(let ((a!25 (+ a!23 (* (ite (<= a!24 freeBlocks) a!24 freeBlocks) 4096))))
(let ((a!26 (ite (<= (ite (< 0 a!19) (+ offset a!19) 0) a!25)
                 (ite (< 0 a!19) (+ offset a!19) 0)
                 a!25)))
(let ((a!27 (- (ite (<= a!23 a!26) a!26 a!23)
               (mod (ite (<= a!23 a!26) a!26 a!23) 4096)))
      (a!28 (= (mod (ite (<= a!23 a!26) a!26 a!23) 4096) 0)))
(let ((a!29 (ite (<= (+ a!27 (ite a!28 0 4096)) a!25)
                 (+ a!27 (ite a!28 0 4096))
                 a!25)))
(let ((a!30 (and (= (ite (<= a!19 0) 0 a!19) (ite (<= a!19 0) 0 a!19))
                 (= a!20 a!20)
                 (= a!29 a!29))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       a!1
       (<= a!3 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!14) a!18 (not a!30)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_block_8192 () Int)
(declare-fun s_anyFailed_block_8192 () Bool)
(declare-fun s_highestOkEnd_block_8192 () Int)
(declare-fun x_end_block_8192 () Int)
(declare-fun x_failed_block_8192 () Bool)
(declare-fun x_start_block_8192 () Int)
(declare-fun s_okBytes_block_8192 () Int)
(declare-fun y_end_block_8192 () Int)
(declare-fun y_failed_block_8192 () Bool)
(declare-fun y_start_block_8192 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun sectorSize () Int)
(assert (let ((a!1 (or (and (= sectorSize 512)
                    (= (mod offset 512) 0)
                    (= (mod length 512) 0)
                    (= maxBioBytes (* 512 maxBioSectors)))
               (and (= sectorSize 1024)
                    (= (mod offset 1024) 0)
                    (= (mod length 1024) 0)
                    (= maxBioBytes (* 1024 maxBioSectors)))
               (and (= sectorSize 2048)
                    (= (mod offset 2048) 0)
                    (= (mod length 2048) 0)
                    (= maxBioBytes (* 2048 maxBioSectors)))
               (and (= sectorSize 4096)
                    (= (mod offset 4096) 0)
                    (= (mod length 4096) 0)
                    (= maxBioBytes (* 4096 maxBioSectors)))
               (and (= sectorSize 8192)
                    (= (mod offset 8192) 0)
                    (= (mod length 8192) 0)
                    (= maxBioBytes (* 8192 maxBioSectors)))))
      (a!2 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!4 (< y_start_block_8192
              (ite (and x_failed_block_8192
                        (< x_start_block_8192 s_lowestFailedStart_block_8192))
                   x_start_block_8192
                   s_lowestFailedStart_block_8192)))
      (a!6 (< x_start_block_8192
              (ite (and y_failed_block_8192
                        (< y_start_block_8192 s_lowestFailedStart_block_8192))
                   y_start_block_8192
                   s_lowestFailedStart_block_8192)))
      (a!8 (+ (+ s_okBytes_block_8192
                 (ite (not x_failed_block_8192)
                      (- x_end_block_8192 x_start_block_8192)
                      0))
              (ite (not y_failed_block_8192)
                   (- y_end_block_8192 y_start_block_8192)
                   0)))
      (a!10 (< (ite (and (not x_failed_block_8192)
                         (< s_highestOkEnd_block_8192 x_end_block_8192))
                    x_end_block_8192
                    s_highestOkEnd_block_8192)
               y_end_block_8192))
      (a!12 (< (ite (and (not y_failed_block_8192)
                         (< s_highestOkEnd_block_8192 y_end_block_8192))
                    y_end_block_8192
                    s_highestOkEnd_block_8192)
               x_end_block_8192))
      (a!15 (= (ite (and x_failed_block_8192
                         (< x_start_block_8192 s_lowestFailedStart_block_8192))
                    x_start_block_8192
                    s_lowestFailedStart_block_8192)
               (ite (and x_failed_block_8192
                         (< x_start_block_8192 s_lowestFailedStart_block_8192))
                    x_start_block_8192
                    s_lowestFailedStart_block_8192)))
      (a!16 (= (+ s_okBytes_block_8192
                  (ite (not x_failed_block_8192)
                       (- x_end_block_8192 x_start_block_8192)
                       0))
               (+ s_okBytes_block_8192
                  (ite (not x_failed_block_8192)
                       (- x_end_block_8192 x_start_block_8192)
                       0))))
      (a!17 (= (ite (and (not x_failed_block_8192)
                         (< s_highestOkEnd_block_8192 x_end_block_8192))
                    x_end_block_8192
                    s_highestOkEnd_block_8192)
               (ite (and (not x_failed_block_8192)
                         (< s_highestOkEnd_block_8192 x_end_block_8192))
                    x_end_block_8192
                    s_highestOkEnd_block_8192)))
      (a!19 (ite (< 0 (- s_lowestFailedStart_block_8192 offset))
                 (- s_lowestFailedStart_block_8192 offset)
                 (ite (and s_anyFailed_block_8192
                           (= s_lowestFailedStart_block_8192 offset))
                      (- 5)
                      (- 28))))
      (a!21 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!3 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!2))
      (a!5 (ite (and y_failed_block_8192 a!4)
                y_start_block_8192
                (ite (and x_failed_block_8192
                          (< x_start_block_8192 s_lowestFailedStart_block_8192))
                     x_start_block_8192
                     s_lowestFailedStart_block_8192)))
      (a!7 (ite (and x_failed_block_8192 a!6)
                x_start_block_8192
                (ite (and y_failed_block_8192
                          (< y_start_block_8192 s_lowestFailedStart_block_8192))
                     y_start_block_8192
                     s_lowestFailedStart_block_8192)))
      (a!9 (= a!8
              (+ s_okBytes_block_8192
                 (ite (not y_failed_block_8192)
                      (- y_end_block_8192 y_start_block_8192)
                      0)
                 (ite (not x_failed_block_8192)
                      (- x_end_block_8192 x_start_block_8192)
                      0))))
      (a!11 (ite (and (not y_failed_block_8192) a!10)
                 y_end_block_8192
                 (ite (and (not x_failed_block_8192)
                           (< s_highestOkEnd_block_8192 x_end_block_8192))
                      x_end_block_8192
                      s_highestOkEnd_block_8192)))
      (a!13 (ite (and (not x_failed_block_8192) a!12)
                 x_end_block_8192
                 (ite (and (not y_failed_block_8192)
                           (< s_highestOkEnd_block_8192 y_end_block_8192))
                      y_end_block_8192
                      s_highestOkEnd_block_8192)))
      (a!18 (not (and (= (or s_anyFailed_block_8192 x_failed_block_8192)
                         (or s_anyFailed_block_8192 x_failed_block_8192))
                      a!15
                      a!16
                      a!17)))
      (a!20 (ite (< 0 a!19)
                 (ite (<= fileSize (+ offset a!19)) (+ offset a!19) fileSize)
                 fileSize))
      (a!22 (+ (- a!21 (mod a!21 8192)) (ite (= (mod a!21 8192) 0) 0 8192))))
(let ((a!14 (and (= (or (or s_anyFailed_block_8192 x_failed_block_8192)
                        y_failed_block_8192)
                    (or s_anyFailed_block_8192
                        y_failed_block_8192
                        x_failed_block_8192))
                 (= a!5 a!7)
                 a!9
                 (= a!11 a!13)))
      (a!23 (ite (<= a!22 (- offset (mod offset 8192)))
                 (- offset (mod offset 8192))
                 a!22)))
(let ((a!24 (div (- (ite (<= a!23 a!3) a!3 a!23) a!23) 8192)))
(let ((a!25 (+ a!23 (* (ite (<= a!24 freeBlocks) a!24 freeBlocks) 8192))))
(let ((a!26 (ite (<= (ite (< 0 a!19) (+ offset a!19) 0) a!25)
                 (ite (< 0 a!19) (+ offset a!19) 0)
                 a!25)))
(let ((a!27 (- (ite (<= a!23 a!26) a!26 a!23)
               (mod (ite (<= a!23 a!26) a!26 a!23) 8192)))
      (a!28 (= (mod (ite (<= a!23 a!26) a!26 a!23) 8192) 0)))
(let ((a!29 (ite (<= (+ a!27 (ite a!28 0 8192)) a!25)
                 (+ a!27 (ite a!28 0 8192))
                 a!25)))
(let ((a!30 (and (= (ite (<= a!19 0) 0 a!19) (ite (<= a!19 0) 0 a!19))
                 (= a!20 a!20)
                 (= a!29 a!29))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       a!1
       (<= a!3 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!14) a!18 (not a!30)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_block_16384 () Int)
(declare-fun s_anyFailed_block_16384 () Bool)
(declare-fun s_highestOkEnd_block_16384 () Int)
(declare-fun x_end_block_16384 () Int)
(declare-fun x_failed_block_16384 () Bool)
(declare-fun x_start_block_16384 () Int)
(declare-fun s_okBytes_block_16384 () Int)
(declare-fun y_end_block_16384 () Int)
(declare-fun y_failed_block_16384 () Bool)
(declare-fun y_start_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun sectorSize () Int)
(assert (let ((a!1 (or (and (= sectorSize 512)
                    (= (mod offset 512) 0)
                    (= (mod length 512) 0)
                    (= maxBioBytes (* 512 maxBioSectors)))
               (and (= sectorSize 1024)
                    (= (mod offset 1024) 0)
                    (= (mod length 1024) 0)
                    (= maxBioBytes (* 1024 maxBioSectors)))
               (and (= sectorSize 2048)
                    (= (mod offset 2048) 0)
                    (= (mod length 2048) 0)
                    (= maxBioBytes (* 2048 maxBioSectors)))
               (and (= sectorSize 4096)
                    (= (mod offset 4096) 0)
                    (= (mod length 4096) 0)
                    (= maxBioBytes (* 4096 maxBioSectors)))
               (and (= sectorSize 8192)
                    (= (mod offset 8192) 0)
                    (= (mod length 8192) 0)
                    (= maxBioBytes (* 8192 maxBioSectors)))
               (and (= sectorSize 16384)
                    (= (mod offset 16384) 0)
                    (= (mod length 16384) 0)
                    (= maxBioBytes (* 16384 maxBioSectors)))))
      (a!2 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!4 (< y_start_block_16384
              (ite (and x_failed_block_16384
                        (< x_start_block_16384 s_lowestFailedStart_block_16384))
                   x_start_block_16384
                   s_lowestFailedStart_block_16384)))
      (a!6 (< x_start_block_16384
              (ite (and y_failed_block_16384
                        (< y_start_block_16384 s_lowestFailedStart_block_16384))
                   y_start_block_16384
                   s_lowestFailedStart_block_16384)))
      (a!8 (+ (+ s_okBytes_block_16384
                 (ite (not x_failed_block_16384)
                      (- x_end_block_16384 x_start_block_16384)
                      0))
              (ite (not y_failed_block_16384)
                   (- y_end_block_16384 y_start_block_16384)
                   0)))
      (a!10 (< (ite (and (not x_failed_block_16384)
                         (< s_highestOkEnd_block_16384 x_end_block_16384))
                    x_end_block_16384
                    s_highestOkEnd_block_16384)
               y_end_block_16384))
      (a!12 (< (ite (and (not y_failed_block_16384)
                         (< s_highestOkEnd_block_16384 y_end_block_16384))
                    y_end_block_16384
                    s_highestOkEnd_block_16384)
               x_end_block_16384))
      (a!15 (= (ite (and x_failed_block_16384
                         (< x_start_block_16384 s_lowestFailedStart_block_16384))
                    x_start_block_16384
                    s_lowestFailedStart_block_16384)
               (ite (and x_failed_block_16384
                         (< x_start_block_16384 s_lowestFailedStart_block_16384))
                    x_start_block_16384
                    s_lowestFailedStart_block_16384)))
      (a!16 (= (+ s_okBytes_block_16384
                  (ite (not x_failed_block_16384)
                       (- x_end_block_16384 x_start_block_16384)
                       0))
               (+ s_okBytes_block_16384
                  (ite (not x_failed_block_16384)
                       (- x_end_block_16384 x_start_block_16384)
                       0))))
      (a!17 (= (ite (and (not x_failed_block_16384)
                         (< s_highestOkEnd_block_16384 x_end_block_16384))
                    x_end_block_16384
                    s_highestOkEnd_block_16384)
               (ite (and (not x_failed_block_16384)
                         (< s_highestOkEnd_block_16384 x_end_block_16384))
                    x_end_block_16384
                    s_highestOkEnd_block_16384)))
      (a!19 (ite (< 0 (- s_lowestFailedStart_block_16384 offset))
                 (- s_lowestFailedStart_block_16384 offset)
                 (ite (and s_anyFailed_block_16384
                           (= s_lowestFailedStart_block_16384 offset))
                      (- 5)
                      (- 28))))
      (a!21 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!3 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!2))
      (a!5 (ite (and y_failed_block_16384 a!4)
                y_start_block_16384
                (ite (and x_failed_block_16384
                          (< x_start_block_16384
                             s_lowestFailedStart_block_16384))
                     x_start_block_16384
                     s_lowestFailedStart_block_16384)))
      (a!7 (ite (and x_failed_block_16384 a!6)
                x_start_block_16384
                (ite (and y_failed_block_16384
                          (< y_start_block_16384
                             s_lowestFailedStart_block_16384))
                     y_start_block_16384
                     s_lowestFailedStart_block_16384)))
      (a!9 (= a!8
              (+ s_okBytes_block_16384
                 (ite (not y_failed_block_16384)
                      (- y_end_block_16384 y_start_block_16384)
                      0)
                 (ite (not x_failed_block_16384)
                      (- x_end_block_16384 x_start_block_16384)
                      0))))
      (a!11 (ite (and (not y_failed_block_16384) a!10)
                 y_end_block_16384
                 (ite (and (not x_failed_block_16384)
                           (< s_highestOkEnd_block_16384 x_end_block_16384))
                      x_end_block_16384
                      s_highestOkEnd_block_16384)))
      (a!13 (ite (and (not x_failed_block_16384) a!12)
                 x_end_block_16384
                 (ite (and (not y_failed_block_16384)
                           (< s_highestOkEnd_block_16384 y_end_block_16384))
                      y_end_block_16384
                      s_highestOkEnd_block_16384)))
      (a!18 (not (and (= (or s_anyFailed_block_16384 x_failed_block_16384)
                         (or s_anyFailed_block_16384 x_failed_block_16384))
                      a!15
                      a!16
                      a!17)))
      (a!20 (ite (< 0 a!19)
                 (ite (<= fileSize (+ offset a!19)) (+ offset a!19) fileSize)
                 fileSize))
      (a!22 (+ (- a!21 (mod a!21 16384)) (ite (= (mod a!21 16384) 0) 0 16384))))
(let ((a!14 (and (= (or (or s_anyFailed_block_16384 x_failed_block_16384)
                        y_failed_block_16384)
                    (or s_anyFailed_block_16384
                        y_failed_block_16384
                        x_failed_block_16384))
                 (= a!5 a!7)
                 a!9
                 (= a!11 a!13)))
      (a!23 (ite (<= a!22 (- offset (mod offset 16384)))
                 (- offset (mod offset 16384))
                 a!22)))
(let ((a!24 (div (- (ite (<= a!23 a!3) a!3 a!23) a!23) 16384)))
(let ((a!25 (+ a!23 (* (ite (<= a!24 freeBlocks) a!24 freeBlocks) 16384))))
(let ((a!26 (ite (<= (ite (< 0 a!19) (+ offset a!19) 0) a!25)
                 (ite (< 0 a!19) (+ offset a!19) 0)
                 a!25)))
(let ((a!27 (- (ite (<= a!23 a!26) a!26 a!23)
               (mod (ite (<= a!23 a!26) a!26 a!23) 16384)))
      (a!28 (= (mod (ite (<= a!23 a!26) a!26 a!23) 16384) 0)))
(let ((a!29 (ite (<= (+ a!27 (ite a!28 0 16384)) a!25)
                 (+ a!27 (ite a!28 0 16384))
                 a!25)))
(let ((a!30 (and (= (ite (<= a!19 0) 0 a!19) (ite (<= a!19 0) 0 a!19))
                 (= a!20 a!20)
                 (= a!29 a!29))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       a!1
       (<= a!3 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!14) a!18 (not a!30)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_block_32768 () Int)
(declare-fun s_anyFailed_block_32768 () Bool)
(declare-fun s_highestOkEnd_block_32768 () Int)
(declare-fun x_end_block_32768 () Int)
(declare-fun x_failed_block_32768 () Bool)
(declare-fun x_start_block_32768 () Int)
(declare-fun s_okBytes_block_32768 () Int)
(declare-fun y_end_block_32768 () Int)
(declare-fun y_failed_block_32768 () Bool)
(declare-fun y_start_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun sectorSize () Int)
(assert (let ((a!1 (or (and (= sectorSize 512)
                    (= (mod offset 512) 0)
                    (= (mod length 512) 0)
                    (= maxBioBytes (* 512 maxBioSectors)))
               (and (= sectorSize 1024)
                    (= (mod offset 1024) 0)
                    (= (mod length 1024) 0)
                    (= maxBioBytes (* 1024 maxBioSectors)))
               (and (= sectorSize 2048)
                    (= (mod offset 2048) 0)
                    (= (mod length 2048) 0)
                    (= maxBioBytes (* 2048 maxBioSectors)))
               (and (= sectorSize 4096)
                    (= (mod offset 4096) 0)
                    (= (mod length 4096) 0)
                    (= maxBioBytes (* 4096 maxBioSectors)))
               (and (= sectorSize 8192)
                    (= (mod offset 8192) 0)
                    (= (mod length 8192) 0)
                    (= maxBioBytes (* 8192 maxBioSectors)))
               (and (= sectorSize 16384)
                    (= (mod offset 16384) 0)
                    (= (mod length 16384) 0)
                    (= maxBioBytes (* 16384 maxBioSectors)))
               (and (= sectorSize 32768)
                    (= (mod offset 32768) 0)
                    (= (mod length 32768) 0)
                    (= maxBioBytes (* 32768 maxBioSectors)))))
      (a!2 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!4 (< y_start_block_32768
              (ite (and x_failed_block_32768
                        (< x_start_block_32768 s_lowestFailedStart_block_32768))
                   x_start_block_32768
                   s_lowestFailedStart_block_32768)))
      (a!6 (< x_start_block_32768
              (ite (and y_failed_block_32768
                        (< y_start_block_32768 s_lowestFailedStart_block_32768))
                   y_start_block_32768
                   s_lowestFailedStart_block_32768)))
      (a!8 (+ (+ s_okBytes_block_32768
                 (ite (not x_failed_block_32768)
                      (- x_end_block_32768 x_start_block_32768)
                      0))
              (ite (not y_failed_block_32768)
                   (- y_end_block_32768 y_start_block_32768)
                   0)))
      (a!10 (< (ite (and (not x_failed_block_32768)
                         (< s_highestOkEnd_block_32768 x_end_block_32768))
                    x_end_block_32768
                    s_highestOkEnd_block_32768)
               y_end_block_32768))
      (a!12 (< (ite (and (not y_failed_block_32768)
                         (< s_highestOkEnd_block_32768 y_end_block_32768))
                    y_end_block_32768
                    s_highestOkEnd_block_32768)
               x_end_block_32768))
      (a!15 (= (ite (and x_failed_block_32768
                         (< x_start_block_32768 s_lowestFailedStart_block_32768))
                    x_start_block_32768
                    s_lowestFailedStart_block_32768)
               (ite (and x_failed_block_32768
                         (< x_start_block_32768 s_lowestFailedStart_block_32768))
                    x_start_block_32768
                    s_lowestFailedStart_block_32768)))
      (a!16 (= (+ s_okBytes_block_32768
                  (ite (not x_failed_block_32768)
                       (- x_end_block_32768 x_start_block_32768)
                       0))
               (+ s_okBytes_block_32768
                  (ite (not x_failed_block_32768)
                       (- x_end_block_32768 x_start_block_32768)
                       0))))
      (a!17 (= (ite (and (not x_failed_block_32768)
                         (< s_highestOkEnd_block_32768 x_end_block_32768))
                    x_end_block_32768
                    s_highestOkEnd_block_32768)
               (ite (and (not x_failed_block_32768)
                         (< s_highestOkEnd_block_32768 x_end_block_32768))
                    x_end_block_32768
                    s_highestOkEnd_block_32768)))
      (a!19 (ite (< 0 (- s_lowestFailedStart_block_32768 offset))
                 (- s_lowestFailedStart_block_32768 offset)
                 (ite (and s_anyFailed_block_32768
                           (= s_lowestFailedStart_block_32768 offset))
                      (- 5)
                      (- 28))))
      (a!21 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!3 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!2))
      (a!5 (ite (and y_failed_block_32768 a!4)
                y_start_block_32768
                (ite (and x_failed_block_32768
                          (< x_start_block_32768
                             s_lowestFailedStart_block_32768))
                     x_start_block_32768
                     s_lowestFailedStart_block_32768)))
      (a!7 (ite (and x_failed_block_32768 a!6)
                x_start_block_32768
                (ite (and y_failed_block_32768
                          (< y_start_block_32768
                             s_lowestFailedStart_block_32768))
                     y_start_block_32768
                     s_lowestFailedStart_block_32768)))
      (a!9 (= a!8
              (+ s_okBytes_block_32768
                 (ite (not y_failed_block_32768)
                      (- y_end_block_32768 y_start_block_32768)
                      0)
                 (ite (not x_failed_block_32768)
                      (- x_end_block_32768 x_start_block_32768)
                      0))))
      (a!11 (ite (and (not y_failed_block_32768) a!10)
                 y_end_block_32768
                 (ite (and (not x_failed_block_32768)
                           (< s_highestOkEnd_block_32768 x_end_block_32768))
                      x_end_block_32768
                      s_highestOkEnd_block_32768)))
      (a!13 (ite (and (not x_failed_block_32768) a!12)
                 x_end_block_32768
                 (ite (and (not y_failed_block_32768)
                           (< s_highestOkEnd_block_32768 y_end_block_32768))
                      y_end_block_32768
                      s_highestOkEnd_block_32768)))
      (a!18 (not (and (= (or s_anyFailed_block_32768 x_failed_block_32768)
                         (or s_anyFailed_block_32768 x_failed_block_32768))
                      a!15
                      a!16
                      a!17)))
      (a!20 (ite (< 0 a!19)
                 (ite (<= fileSize (+ offset a!19)) (+ offset a!19) fileSize)
                 fileSize))
      (a!22 (+ (- a!21 (mod a!21 32768)) (ite (= (mod a!21 32768) 0) 0 32768))))
(let ((a!14 (and (= (or (or s_anyFailed_block_32768 x_failed_block_32768)
                        y_failed_block_32768)
                    (or s_anyFailed_block_32768
                        y_failed_block_32768
                        x_failed_block_32768))
                 (= a!5 a!7)
                 a!9
                 (= a!11 a!13)))
      (a!23 (ite (<= a!22 (- offset (mod offset 32768)))
                 (- offset (mod offset 32768))
                 a!22)))
(let ((a!24 (div (- (ite (<= a!23 a!3) a!3 a!23) a!23) 32768)))
(let ((a!25 (+ a!23 (* (ite (<= a!24 freeBlocks) a!24 freeBlocks) 32768))))
(let ((a!26 (ite (<= (ite (< 0 a!19) (+ offset a!19) 0) a!25)
                 (ite (< 0 a!19) (+ offset a!19) 0)
                 a!25)))
(let ((a!27 (- (ite (<= a!23 a!26) a!26 a!23)
               (mod (ite (<= a!23 a!26) a!26 a!23) 32768)))
      (a!28 (= (mod (ite (<= a!23 a!26) a!26 a!23) 32768) 0)))
(let ((a!29 (ite (<= (+ a!27 (ite a!28 0 32768)) a!25)
                 (+ a!27 (ite a!28 0 32768))
                 a!25)))
(let ((a!30 (and (= (ite (<= a!19 0) 0 a!19) (ite (<= a!19 0) 0 a!19))
                 (= a!20 a!20)
                 (= a!29 a!29))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       a!1
       (<= a!3 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!14) a!18 (not a!30)))))))))))))
(check-sat)
(reset)
; case: order lemma, geometry block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun s_lowestFailedStart_block_65536 () Int)
(declare-fun s_anyFailed_block_65536 () Bool)
(declare-fun s_highestOkEnd_block_65536 () Int)
(declare-fun x_end_block_65536 () Int)
(declare-fun x_failed_block_65536 () Bool)
(declare-fun x_start_block_65536 () Int)
(declare-fun s_okBytes_block_65536 () Int)
(declare-fun y_end_block_65536 () Int)
(declare-fun y_failed_block_65536 () Bool)
(declare-fun y_start_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun sectorSize () Int)
(assert (let ((a!1 (or (and (= sectorSize 512)
                    (= (mod offset 512) 0)
                    (= (mod length 512) 0)
                    (= maxBioBytes (* 512 maxBioSectors)))
               (and (= sectorSize 1024)
                    (= (mod offset 1024) 0)
                    (= (mod length 1024) 0)
                    (= maxBioBytes (* 1024 maxBioSectors)))
               (and (= sectorSize 2048)
                    (= (mod offset 2048) 0)
                    (= (mod length 2048) 0)
                    (= maxBioBytes (* 2048 maxBioSectors)))
               (and (= sectorSize 4096)
                    (= (mod offset 4096) 0)
                    (= (mod length 4096) 0)
                    (= maxBioBytes (* 4096 maxBioSectors)))
               (and (= sectorSize 8192)
                    (= (mod offset 8192) 0)
                    (= (mod length 8192) 0)
                    (= maxBioBytes (* 8192 maxBioSectors)))
               (and (= sectorSize 16384)
                    (= (mod offset 16384) 0)
                    (= (mod length 16384) 0)
                    (= maxBioBytes (* 16384 maxBioSectors)))
               (and (= sectorSize 32768)
                    (= (mod offset 32768) 0)
                    (= (mod length 32768) 0)
                    (= maxBioBytes (* 32768 maxBioSectors)))
               (and (= sectorSize 65536)
                    (= (mod offset 65536) 0)
                    (= (mod length 65536) 0)
                    (= maxBioBytes (* 65536 maxBioSectors)))))
      (a!2 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!4 (< y_start_block_65536
              (ite (and x_failed_block_65536
                        (< x_start_block_65536 s_lowestFailedStart_block_65536))
                   x_start_block_65536
                   s_lowestFailedStart_block_65536)))
      (a!6 (< x_start_block_65536
              (ite (and y_failed_block_65536
                        (< y_start_block_65536 s_lowestFailedStart_block_65536))
                   y_start_block_65536
                   s_lowestFailedStart_block_65536)))
      (a!8 (+ (+ s_okBytes_block_65536
                 (ite (not x_failed_block_65536)
                      (- x_end_block_65536 x_start_block_65536)
                      0))
              (ite (not y_failed_block_65536)
                   (- y_end_block_65536 y_start_block_65536)
                   0)))
      (a!10 (< (ite (and (not x_failed_block_65536)
                         (< s_highestOkEnd_block_65536 x_end_block_65536))
                    x_end_block_65536
                    s_highestOkEnd_block_65536)
               y_end_block_65536))
      (a!12 (< (ite (and (not y_failed_block_65536)
                         (< s_highestOkEnd_block_65536 y_end_block_65536))
                    y_end_block_65536
                    s_highestOkEnd_block_65536)
               x_end_block_65536))
      (a!15 (= (ite (and x_failed_block_65536
                         (< x_start_block_65536 s_lowestFailedStart_block_65536))
                    x_start_block_65536
                    s_lowestFailedStart_block_65536)
               (ite (and x_failed_block_65536
                         (< x_start_block_65536 s_lowestFailedStart_block_65536))
                    x_start_block_65536
                    s_lowestFailedStart_block_65536)))
      (a!16 (= (+ s_okBytes_block_65536
                  (ite (not x_failed_block_65536)
                       (- x_end_block_65536 x_start_block_65536)
                       0))
               (+ s_okBytes_block_65536
                  (ite (not x_failed_block_65536)
                       (- x_end_block_65536 x_start_block_65536)
                       0))))
      (a!17 (= (ite (and (not x_failed_block_65536)
                         (< s_highestOkEnd_block_65536 x_end_block_65536))
                    x_end_block_65536
                    s_highestOkEnd_block_65536)
               (ite (and (not x_failed_block_65536)
                         (< s_highestOkEnd_block_65536 x_end_block_65536))
                    x_end_block_65536
                    s_highestOkEnd_block_65536)))
      (a!19 (ite (< 0 (- s_lowestFailedStart_block_65536 offset))
                 (- s_lowestFailedStart_block_65536 offset)
                 (ite (and s_anyFailed_block_65536
                           (= s_lowestFailedStart_block_65536 offset))
                      (- 5)
                      (- 28))))
      (a!21 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!3 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!2))
      (a!5 (ite (and y_failed_block_65536 a!4)
                y_start_block_65536
                (ite (and x_failed_block_65536
                          (< x_start_block_65536
                             s_lowestFailedStart_block_65536))
                     x_start_block_65536
                     s_lowestFailedStart_block_65536)))
      (a!7 (ite (and x_failed_block_65536 a!6)
                x_start_block_65536
                (ite (and y_failed_block_65536
                          (< y_start_block_65536
                             s_lowestFailedStart_block_65536))
                     y_start_block_65536
                     s_lowestFailedStart_block_65536)))
      (a!9 (= a!8
              (+ s_okBytes_block_65536
                 (ite (not y_failed_block_65536)
                      (- y_end_block_65536 y_start_block_65536)
                      0)
                 (ite (not x_failed_block_65536)
                      (- x_end_block_65536 x_start_block_65536)
                      0))))
      (a!11 (ite (and (not y_failed_block_65536) a!10)
                 y_end_block_65536
                 (ite (and (not x_failed_block_65536)
                           (< s_highestOkEnd_block_65536 x_end_block_65536))
                      x_end_block_65536
                      s_highestOkEnd_block_65536)))
      (a!13 (ite (and (not x_failed_block_65536) a!12)
                 x_end_block_65536
                 (ite (and (not y_failed_block_65536)
                           (< s_highestOkEnd_block_65536 y_end_block_65536))
                      y_end_block_65536
                      s_highestOkEnd_block_65536)))
      (a!18 (not (and (= (or s_anyFailed_block_65536 x_failed_block_65536)
                         (or s_anyFailed_block_65536 x_failed_block_65536))
                      a!15
                      a!16
                      a!17)))
      (a!20 (ite (< 0 a!19)
                 (ite (<= fileSize (+ offset a!19)) (+ offset a!19) fileSize)
                 fileSize))
      (a!22 (+ (- a!21 (mod a!21 65536)) (ite (= (mod a!21 65536) 0) 0 65536))))
(let ((a!14 (and (= (or (or s_anyFailed_block_65536 x_failed_block_65536)
                        y_failed_block_65536)
                    (or s_anyFailed_block_65536
                        y_failed_block_65536
                        x_failed_block_65536))
                 (= a!5 a!7)
                 a!9
                 (= a!11 a!13)))
      (a!23 (ite (<= a!22 (- offset (mod offset 65536)))
                 (- offset (mod offset 65536))
                 a!22)))
(let ((a!24 (div (- (ite (<= a!23 a!3) a!3 a!23) a!23) 65536)))
(let ((a!25 (+ a!23 (* (ite (<= a!24 freeBlocks) a!24 freeBlocks) 65536))))
(let ((a!26 (ite (<= (ite (< 0 a!19) (+ offset a!19) 0) a!25)
                 (ite (< 0 a!19) (+ offset a!19) 0)
                 a!25)))
(let ((a!27 (- (ite (<= a!23 a!26) a!26 a!23)
               (mod (ite (<= a!23 a!26) a!26 a!23) 65536)))
      (a!28 (= (mod (ite (<= a!23 a!26) a!26 a!23) 65536) 0)))
(let ((a!29 (ite (<= (+ a!27 (ite a!28 0 65536)) a!25)
                 (+ a!27 (ite a!28 0 65536))
                 a!25)))
(let ((a!30 (and (= (ite (<= a!19 0) 0 a!19) (ite (<= a!19 0) 0 a!19))
                 (= a!20 a!20)
                 (= a!29 a!29))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       a!1
       (<= a!3 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (<= 1 maxBioSectors)
       (<= maxBioBytes 9223372036854775807)
       (or (not a!14) a!18 (not a!30)))))))))))))
(check-sat)
(reset)
