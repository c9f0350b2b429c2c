; DioVerify certificate (dioverify 0.1.0): what every per-run certificate on this domain rests on; it reads no policy and no property
; domain:   every number of BIOs, any offset, length, file size and free-block count, every outcome, on S, B powers of two with 512 <= S <= B <= 65536; M any positive multiple of S
; cases:    sector-512-block-512 (S=512, B=512, M any positive multiple of S); sector-512-block-1024 (S=512, B=1024, M any positive multiple of S); sector-1024-block-1024 (S=1024, B=1024, M any positive multiple of S); sector-512-block-2048 (S=512, B=2048, M any positive multiple of S); sector-1024-block-2048 (S=1024, B=2048, M any positive multiple of S); sector-2048-block-2048 (S=2048, B=2048, M any positive multiple of S); sector-512-block-4096 (S=512, B=4096, M any positive multiple of S); sector-1024-block-4096 (S=1024, B=4096, M any positive multiple of S); sector-2048-block-4096 (S=2048, B=4096, M any positive multiple of S); sector-4096-block-4096 (S=4096, B=4096, M any positive multiple of S); sector-512-block-8192 (S=512, B=8192, M any positive multiple of S); sector-1024-block-8192 (S=1024, B=8192, M any positive multiple of S); sector-2048-block-8192 (S=2048, B=8192, M any positive multiple of S); sector-4096-block-8192 (S=4096, B=8192, M any positive multiple of S); sector-8192-block-8192 (S=8192, B=8192, M any positive multiple of S); sector-512-block-16384 (S=512, B=16384, M any positive multiple of S); sector-1024-block-16384 (S=1024, B=16384, M any positive multiple of S); sector-2048-block-16384 (S=2048, B=16384, M any positive multiple of S); sector-4096-block-16384 (S=4096, B=16384, M any positive multiple of S); sector-8192-block-16384 (S=8192, B=16384, M any positive multiple of S); sector-16384-block-16384 (S=16384, B=16384, M any positive multiple of S); sector-512-block-32768 (S=512, B=32768, M any positive multiple of S); sector-1024-block-32768 (S=1024, B=32768, M any positive multiple of S); sector-2048-block-32768 (S=2048, B=32768, M any positive multiple of S); sector-4096-block-32768 (S=4096, B=32768, M any positive multiple of S); sector-8192-block-32768 (S=8192, B=32768, M any positive multiple of S); sector-16384-block-32768 (S=16384, B=32768, M any positive multiple of S); sector-32768-block-32768 (S=32768, B=32768, M any positive multiple of S); sector-512-block-65536 (S=512, B=65536, M any positive multiple of S); sector-1024-block-65536 (S=1024, B=65536, M any positive multiple of S); sector-2048-block-65536 (S=2048, B=65536, M any positive multiple of S); sector-4096-block-65536 (S=4096, B=65536, M any positive multiple of S); sector-8192-block-65536 (S=8192, B=65536, M any positive multiple of S); sector-16384-block-65536 (S=16384, B=65536, M any positive multiple of S); sector-32768-block-65536 (S=32768, B=65536, M any positive multiple of S); sector-65536-block-65536 (S=65536, B=65536, M any positive multiple of S)
; method:   induction-over-file-order: initiation and consecution of the invariant below, per case; then the order lemma's conditions 1-2 and the arrival abstraction's induction (used only by order-dependent policies)
; invariant: off <= pos <= cut; pos = off or pos = cut or pos >= off + M; ps = cut iff none failed, else off <= ps < pos, ps = off or ps >= off + M; anyFailed = failureArrived = (some failed); lowestFailedStart = ps; okBytes = (pos - off) - failedBytes, failedBytes = 0 iff none failed, <= pos - ps; off <= highestOkEnd <= pos, = pos while none failed; okBytesBeforeFailure = min(ps, pos) - off; P4's per-BIO conjunction holds while none failed and when newSize <= ps
; 144 queries; each must be unsat; a sat refutes the certificate, not any property
; case: initiation, geometry sector-512-block-512
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 512) 0) 0 512))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 512)) a!1))
      (a!4 (+ (- a!3 (mod a!3 512)) (ite (= (mod a!3 512) 0) 0 512))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 512)))
                (- offset (mod offset 512))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 512)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 512))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-512-block-512
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_512_block_512 () Int)
(declare-fun newSize_sector_512_block_512 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_512_block_512 () Bool)
(declare-fun inv_clean_sector_512_block_512 () Bool)
(declare-fun inv_prefixEnd_sector_512_block_512 () Int)
(declare-fun inv_someFailed_sector_512_block_512 () Bool)
(declare-fun inv_failureArrived_sector_512_block_512 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_512 () Int)
(declare-fun inv_highestOkEnd_sector_512_block_512 () Int)
(declare-fun inv_failedBytes_sector_512_block_512 () Int)
(declare-fun inv_okBytes_sector_512_block_512 () Int)
(declare-fun inv_lowestFailedStart_sector_512_block_512 () Int)
(declare-fun inv_anyFailed_sector_512_block_512 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 512) 0) 0 512))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_512_block_512)
                (< inv_prefixEnd_sector_512_block_512
                   inv_pos_sector_512_block_512)
                (or (= inv_prefixEnd_sector_512_block_512 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_512_block_512))))
      (a!10 (or (not inv_someFailed_sector_512_block_512)
                (and (< 0 inv_failedBytes_sector_512_block_512)
                     (<= inv_failedBytes_sector_512_block_512
                         (- inv_pos_sector_512_block_512
                            inv_prefixEnd_sector_512_block_512)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_512_block_512
               (- (ite (<= inv_prefixEnd_sector_512_block_512
                           inv_pos_sector_512_block_512)
                       inv_prefixEnd_sector_512_block_512
                       inv_pos_sector_512_block_512)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_512_block_512)
                         (<= newSize_sector_512_block_512
                             inv_prefixEnd_sector_512_block_512)))
                inv_clean_sector_512_block_512))
      (a!16 (<= offset
                (ite (and step_failed_sector_512_block_512
                          (not inv_someFailed_sector_512_block_512))
                     inv_pos_sector_512_block_512
                     inv_prefixEnd_sector_512_block_512)))
      (a!18 (= (ite (and step_failed_sector_512_block_512
                         (not inv_someFailed_sector_512_block_512))
                    inv_pos_sector_512_block_512
                    inv_prefixEnd_sector_512_block_512)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_512_block_512
                          (not inv_someFailed_sector_512_block_512))
                     inv_pos_sector_512_block_512
                     inv_prefixEnd_sector_512_block_512)))
      (a!20 (= (ite (and step_failed_sector_512_block_512
                         (< inv_pos_sector_512_block_512
                            inv_lowestFailedStart_sector_512_block_512))
                    inv_pos_sector_512_block_512
                    inv_lowestFailedStart_sector_512_block_512)
               (ite (and step_failed_sector_512_block_512
                         (not inv_someFailed_sector_512_block_512))
                    inv_pos_sector_512_block_512
                    inv_prefixEnd_sector_512_block_512)))
      (a!31 (<= newSize_sector_512_block_512
                (ite (and step_failed_sector_512_block_512
                          (not inv_someFailed_sector_512_block_512))
                     inv_pos_sector_512_block_512
                     inv_prefixEnd_sector_512_block_512))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 512)) a!1))
      (a!4 (+ (- a!3 (mod a!3 512)) (ite (= (mod a!3 512) 0) 0 512)))
      (a!32 (not (or (not (or inv_someFailed_sector_512_block_512
                              step_failed_sector_512_block_512))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 512)))
                (- offset (mod offset 512))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 512)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 512))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_512_block_512))
                 maxBioBytes
                 (- a!8 inv_pos_sector_512_block_512)))
      (a!14 (= (ite (and step_failed_sector_512_block_512
                         (not inv_someFailed_sector_512_block_512))
                    inv_pos_sector_512_block_512
                    inv_prefixEnd_sector_512_block_512)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_512_block_512
                              step_failed_sector_512_block_512)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_512_block_512
                         (not inv_someFailed_sector_512_block_512))
                    inv_pos_sector_512_block_512
                    inv_prefixEnd_sector_512_block_512)
               (+ inv_pos_sector_512_block_512 a!13)))
      (a!21 (+ inv_okBytes_sector_512_block_512
               (ite (not step_failed_sector_512_block_512)
                    (- (+ inv_pos_sector_512_block_512 a!13)
                       inv_pos_sector_512_block_512)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_512_block_512
                              step_failed_sector_512_block_512)))
                (= (+ inv_failedBytes_sector_512_block_512
                      (ite step_failed_sector_512_block_512 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_512_block_512 a!13)
               (ite (and step_failed_sector_512_block_512
                         (not inv_someFailed_sector_512_block_512))
                    inv_pos_sector_512_block_512
                    inv_prefixEnd_sector_512_block_512)))
      (a!26 (ite (and (not step_failed_sector_512_block_512)
                      (< inv_highestOkEnd_sector_512_block_512
                         (+ inv_pos_sector_512_block_512 a!13)))
                 (+ inv_pos_sector_512_block_512 a!13)
                 inv_highestOkEnd_sector_512_block_512))
      (a!28 (+ inv_okBytesBeforeFailure_sector_512_block_512
               (ite (not (or inv_failureArrived_sector_512_block_512
                             step_failed_sector_512_block_512))
                    (- (+ inv_pos_sector_512_block_512 a!13)
                       inv_pos_sector_512_block_512)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_512_block_512
                          (not inv_someFailed_sector_512_block_512))
                     inv_pos_sector_512_block_512
                     inv_prefixEnd_sector_512_block_512)
                (+ inv_pos_sector_512_block_512 a!13)))
      (a!33 (or (not step_failed_sector_512_block_512)
                (<= (+ inv_pos_sector_512_block_512 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_512_block_512 inv_pos_sector_512_block_512))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_512_block_512 a!13) offset)
                  (+ inv_failedBytes_sector_512_block_512
                     (ite step_failed_sector_512_block_512 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_512_block_512
                       (ite step_failed_sector_512_block_512 a!13 0)))
                 (<= (+ inv_failedBytes_sector_512_block_512
                        (ite step_failed_sector_512_block_512 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_512_block_512
                              step_failed_sector_512_block_512)))
                (= a!26 (+ inv_pos_sector_512_block_512 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_512_block_512
                           (not inv_someFailed_sector_512_block_512))
                      inv_pos_sector_512_block_512
                      inv_prefixEnd_sector_512_block_512)
                 (+ inv_pos_sector_512_block_512 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_512_block_512 a!13))
                 (<= (+ inv_pos_sector_512_block_512 a!13) a!8)
                 (or (= (+ inv_pos_sector_512_block_512 a!13) offset)
                     (= (+ inv_pos_sector_512_block_512 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_512_block_512 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_512_block_512
                              step_failed_sector_512_block_512))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_512_block_512
                        step_failed_sector_512_block_512)
                    (or inv_someFailed_sector_512_block_512
                        step_failed_sector_512_block_512))
                 (= (or inv_failureArrived_sector_512_block_512
                        step_failed_sector_512_block_512)
                    (or inv_someFailed_sector_512_block_512
                        step_failed_sector_512_block_512))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_512_block_512
                              step_failed_sector_512_block_512))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_512_block_512 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_512_block_512 a!33)))))
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
       (<= offset inv_pos_sector_512_block_512)
       (<= inv_pos_sector_512_block_512 a!8)
       (or (= inv_pos_sector_512_block_512 offset)
           (= inv_pos_sector_512_block_512 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_512_block_512))
       (or (not (not inv_someFailed_sector_512_block_512))
           (= inv_prefixEnd_sector_512_block_512 a!8))
       (or (not inv_someFailed_sector_512_block_512) a!9)
       (= inv_anyFailed_sector_512_block_512
          inv_someFailed_sector_512_block_512)
       (= inv_failureArrived_sector_512_block_512
          inv_someFailed_sector_512_block_512)
       (= inv_lowestFailedStart_sector_512_block_512
          inv_prefixEnd_sector_512_block_512)
       (= inv_okBytes_sector_512_block_512
          (- (- inv_pos_sector_512_block_512 offset)
             inv_failedBytes_sector_512_block_512))
       (or (not (not inv_someFailed_sector_512_block_512))
           (= inv_failedBytes_sector_512_block_512 0))
       a!10
       (<= offset inv_highestOkEnd_sector_512_block_512)
       (<= inv_highestOkEnd_sector_512_block_512 inv_pos_sector_512_block_512)
       (or (not (not inv_someFailed_sector_512_block_512))
           (= inv_highestOkEnd_sector_512_block_512
              inv_pos_sector_512_block_512))
       a!11
       a!12
       (< inv_pos_sector_512_block_512 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-512-block-1024
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!1))
      (a!4 (+ (- a!3 (mod a!3 1024)) (ite (= (mod a!3 1024) 0) 0 1024))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 1024)))
                (- offset (mod offset 1024))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 1024)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 1024))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-512-block-1024
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_512_block_1024 () Int)
(declare-fun newSize_sector_512_block_1024 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_512_block_1024 () Bool)
(declare-fun inv_clean_sector_512_block_1024 () Bool)
(declare-fun inv_prefixEnd_sector_512_block_1024 () Int)
(declare-fun inv_someFailed_sector_512_block_1024 () Bool)
(declare-fun inv_failureArrived_sector_512_block_1024 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_1024 () Int)
(declare-fun inv_highestOkEnd_sector_512_block_1024 () Int)
(declare-fun inv_failedBytes_sector_512_block_1024 () Int)
(declare-fun inv_okBytes_sector_512_block_1024 () Int)
(declare-fun inv_lowestFailedStart_sector_512_block_1024 () Int)
(declare-fun inv_anyFailed_sector_512_block_1024 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_512_block_1024)
                (< inv_prefixEnd_sector_512_block_1024
                   inv_pos_sector_512_block_1024)
                (or (= inv_prefixEnd_sector_512_block_1024 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_512_block_1024))))
      (a!10 (or (not inv_someFailed_sector_512_block_1024)
                (and (< 0 inv_failedBytes_sector_512_block_1024)
                     (<= inv_failedBytes_sector_512_block_1024
                         (- inv_pos_sector_512_block_1024
                            inv_prefixEnd_sector_512_block_1024)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_512_block_1024
               (- (ite (<= inv_prefixEnd_sector_512_block_1024
                           inv_pos_sector_512_block_1024)
                       inv_prefixEnd_sector_512_block_1024
                       inv_pos_sector_512_block_1024)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_512_block_1024)
                         (<= newSize_sector_512_block_1024
                             inv_prefixEnd_sector_512_block_1024)))
                inv_clean_sector_512_block_1024))
      (a!16 (<= offset
                (ite (and step_failed_sector_512_block_1024
                          (not inv_someFailed_sector_512_block_1024))
                     inv_pos_sector_512_block_1024
                     inv_prefixEnd_sector_512_block_1024)))
      (a!18 (= (ite (and step_failed_sector_512_block_1024
                         (not inv_someFailed_sector_512_block_1024))
                    inv_pos_sector_512_block_1024
                    inv_prefixEnd_sector_512_block_1024)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_512_block_1024
                          (not inv_someFailed_sector_512_block_1024))
                     inv_pos_sector_512_block_1024
                     inv_prefixEnd_sector_512_block_1024)))
      (a!20 (= (ite (and step_failed_sector_512_block_1024
                         (< inv_pos_sector_512_block_1024
                            inv_lowestFailedStart_sector_512_block_1024))
                    inv_pos_sector_512_block_1024
                    inv_lowestFailedStart_sector_512_block_1024)
               (ite (and step_failed_sector_512_block_1024
                         (not inv_someFailed_sector_512_block_1024))
                    inv_pos_sector_512_block_1024
                    inv_prefixEnd_sector_512_block_1024)))
      (a!31 (<= newSize_sector_512_block_1024
                (ite (and step_failed_sector_512_block_1024
                          (not inv_someFailed_sector_512_block_1024))
                     inv_pos_sector_512_block_1024
                     inv_prefixEnd_sector_512_block_1024))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!1))
      (a!4 (+ (- a!3 (mod a!3 1024)) (ite (= (mod a!3 1024) 0) 0 1024)))
      (a!32 (not (or (not (or inv_someFailed_sector_512_block_1024
                              step_failed_sector_512_block_1024))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 1024)))
                (- offset (mod offset 1024))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 1024)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 1024))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_512_block_1024))
                 maxBioBytes
                 (- a!8 inv_pos_sector_512_block_1024)))
      (a!14 (= (ite (and step_failed_sector_512_block_1024
                         (not inv_someFailed_sector_512_block_1024))
                    inv_pos_sector_512_block_1024
                    inv_prefixEnd_sector_512_block_1024)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_512_block_1024
                              step_failed_sector_512_block_1024)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_512_block_1024
                         (not inv_someFailed_sector_512_block_1024))
                    inv_pos_sector_512_block_1024
                    inv_prefixEnd_sector_512_block_1024)
               (+ inv_pos_sector_512_block_1024 a!13)))
      (a!21 (+ inv_okBytes_sector_512_block_1024
               (ite (not step_failed_sector_512_block_1024)
                    (- (+ inv_pos_sector_512_block_1024 a!13)
                       inv_pos_sector_512_block_1024)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_512_block_1024
                              step_failed_sector_512_block_1024)))
                (= (+ inv_failedBytes_sector_512_block_1024
                      (ite step_failed_sector_512_block_1024 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_512_block_1024 a!13)
               (ite (and step_failed_sector_512_block_1024
                         (not inv_someFailed_sector_512_block_1024))
                    inv_pos_sector_512_block_1024
                    inv_prefixEnd_sector_512_block_1024)))
      (a!26 (ite (and (not step_failed_sector_512_block_1024)
                      (< inv_highestOkEnd_sector_512_block_1024
                         (+ inv_pos_sector_512_block_1024 a!13)))
                 (+ inv_pos_sector_512_block_1024 a!13)
                 inv_highestOkEnd_sector_512_block_1024))
      (a!28 (+ inv_okBytesBeforeFailure_sector_512_block_1024
               (ite (not (or inv_failureArrived_sector_512_block_1024
                             step_failed_sector_512_block_1024))
                    (- (+ inv_pos_sector_512_block_1024 a!13)
                       inv_pos_sector_512_block_1024)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_512_block_1024
                          (not inv_someFailed_sector_512_block_1024))
                     inv_pos_sector_512_block_1024
                     inv_prefixEnd_sector_512_block_1024)
                (+ inv_pos_sector_512_block_1024 a!13)))
      (a!33 (or (not step_failed_sector_512_block_1024)
                (<= (+ inv_pos_sector_512_block_1024 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_512_block_1024 inv_pos_sector_512_block_1024))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_512_block_1024 a!13) offset)
                  (+ inv_failedBytes_sector_512_block_1024
                     (ite step_failed_sector_512_block_1024 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_512_block_1024
                       (ite step_failed_sector_512_block_1024 a!13 0)))
                 (<= (+ inv_failedBytes_sector_512_block_1024
                        (ite step_failed_sector_512_block_1024 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_512_block_1024
                              step_failed_sector_512_block_1024)))
                (= a!26 (+ inv_pos_sector_512_block_1024 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_512_block_1024
                           (not inv_someFailed_sector_512_block_1024))
                      inv_pos_sector_512_block_1024
                      inv_prefixEnd_sector_512_block_1024)
                 (+ inv_pos_sector_512_block_1024 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_512_block_1024 a!13))
                 (<= (+ inv_pos_sector_512_block_1024 a!13) a!8)
                 (or (= (+ inv_pos_sector_512_block_1024 a!13) offset)
                     (= (+ inv_pos_sector_512_block_1024 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_512_block_1024 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_512_block_1024
                              step_failed_sector_512_block_1024))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_512_block_1024
                        step_failed_sector_512_block_1024)
                    (or inv_someFailed_sector_512_block_1024
                        step_failed_sector_512_block_1024))
                 (= (or inv_failureArrived_sector_512_block_1024
                        step_failed_sector_512_block_1024)
                    (or inv_someFailed_sector_512_block_1024
                        step_failed_sector_512_block_1024))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_512_block_1024
                              step_failed_sector_512_block_1024))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_512_block_1024 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_512_block_1024 a!33)))))
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
       (<= offset inv_pos_sector_512_block_1024)
       (<= inv_pos_sector_512_block_1024 a!8)
       (or (= inv_pos_sector_512_block_1024 offset)
           (= inv_pos_sector_512_block_1024 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_512_block_1024))
       (or (not (not inv_someFailed_sector_512_block_1024))
           (= inv_prefixEnd_sector_512_block_1024 a!8))
       (or (not inv_someFailed_sector_512_block_1024) a!9)
       (= inv_anyFailed_sector_512_block_1024
          inv_someFailed_sector_512_block_1024)
       (= inv_failureArrived_sector_512_block_1024
          inv_someFailed_sector_512_block_1024)
       (= inv_lowestFailedStart_sector_512_block_1024
          inv_prefixEnd_sector_512_block_1024)
       (= inv_okBytes_sector_512_block_1024
          (- (- inv_pos_sector_512_block_1024 offset)
             inv_failedBytes_sector_512_block_1024))
       (or (not (not inv_someFailed_sector_512_block_1024))
           (= inv_failedBytes_sector_512_block_1024 0))
       a!10
       (<= offset inv_highestOkEnd_sector_512_block_1024)
       (<= inv_highestOkEnd_sector_512_block_1024 inv_pos_sector_512_block_1024)
       (or (not (not inv_someFailed_sector_512_block_1024))
           (= inv_highestOkEnd_sector_512_block_1024
              inv_pos_sector_512_block_1024))
       a!11
       a!12
       (< inv_pos_sector_512_block_1024 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-1024-block-1024
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!1))
      (a!4 (+ (- a!3 (mod a!3 1024)) (ite (= (mod a!3 1024) 0) 0 1024))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 1024)))
                (- offset (mod offset 1024))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 1024)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 1024))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-1024-block-1024
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_1024_block_1024 () Int)
(declare-fun newSize_sector_1024_block_1024 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_1024_block_1024 () Bool)
(declare-fun inv_clean_sector_1024_block_1024 () Bool)
(declare-fun inv_prefixEnd_sector_1024_block_1024 () Int)
(declare-fun inv_someFailed_sector_1024_block_1024 () Bool)
(declare-fun inv_failureArrived_sector_1024_block_1024 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_1024 () Int)
(declare-fun inv_highestOkEnd_sector_1024_block_1024 () Int)
(declare-fun inv_failedBytes_sector_1024_block_1024 () Int)
(declare-fun inv_okBytes_sector_1024_block_1024 () Int)
(declare-fun inv_lowestFailedStart_sector_1024_block_1024 () Int)
(declare-fun inv_anyFailed_sector_1024_block_1024 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_1024_block_1024)
                (< inv_prefixEnd_sector_1024_block_1024
                   inv_pos_sector_1024_block_1024)
                (or (= inv_prefixEnd_sector_1024_block_1024 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_1024_block_1024))))
      (a!10 (or (not inv_someFailed_sector_1024_block_1024)
                (and (< 0 inv_failedBytes_sector_1024_block_1024)
                     (<= inv_failedBytes_sector_1024_block_1024
                         (- inv_pos_sector_1024_block_1024
                            inv_prefixEnd_sector_1024_block_1024)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_1024_block_1024
               (- (ite (<= inv_prefixEnd_sector_1024_block_1024
                           inv_pos_sector_1024_block_1024)
                       inv_prefixEnd_sector_1024_block_1024
                       inv_pos_sector_1024_block_1024)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_1024_block_1024)
                         (<= newSize_sector_1024_block_1024
                             inv_prefixEnd_sector_1024_block_1024)))
                inv_clean_sector_1024_block_1024))
      (a!16 (<= offset
                (ite (and step_failed_sector_1024_block_1024
                          (not inv_someFailed_sector_1024_block_1024))
                     inv_pos_sector_1024_block_1024
                     inv_prefixEnd_sector_1024_block_1024)))
      (a!18 (= (ite (and step_failed_sector_1024_block_1024
                         (not inv_someFailed_sector_1024_block_1024))
                    inv_pos_sector_1024_block_1024
                    inv_prefixEnd_sector_1024_block_1024)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_1024_block_1024
                          (not inv_someFailed_sector_1024_block_1024))
                     inv_pos_sector_1024_block_1024
                     inv_prefixEnd_sector_1024_block_1024)))
      (a!20 (= (ite (and step_failed_sector_1024_block_1024
                         (< inv_pos_sector_1024_block_1024
                            inv_lowestFailedStart_sector_1024_block_1024))
                    inv_pos_sector_1024_block_1024
                    inv_lowestFailedStart_sector_1024_block_1024)
               (ite (and step_failed_sector_1024_block_1024
                         (not inv_someFailed_sector_1024_block_1024))
                    inv_pos_sector_1024_block_1024
                    inv_prefixEnd_sector_1024_block_1024)))
      (a!31 (<= newSize_sector_1024_block_1024
                (ite (and step_failed_sector_1024_block_1024
                          (not inv_someFailed_sector_1024_block_1024))
                     inv_pos_sector_1024_block_1024
                     inv_prefixEnd_sector_1024_block_1024))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!1))
      (a!4 (+ (- a!3 (mod a!3 1024)) (ite (= (mod a!3 1024) 0) 0 1024)))
      (a!32 (not (or (not (or inv_someFailed_sector_1024_block_1024
                              step_failed_sector_1024_block_1024))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 1024)))
                (- offset (mod offset 1024))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 1024)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 1024))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_1024_block_1024))
                 maxBioBytes
                 (- a!8 inv_pos_sector_1024_block_1024)))
      (a!14 (= (ite (and step_failed_sector_1024_block_1024
                         (not inv_someFailed_sector_1024_block_1024))
                    inv_pos_sector_1024_block_1024
                    inv_prefixEnd_sector_1024_block_1024)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_1024_block_1024
                              step_failed_sector_1024_block_1024)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_1024_block_1024
                         (not inv_someFailed_sector_1024_block_1024))
                    inv_pos_sector_1024_block_1024
                    inv_prefixEnd_sector_1024_block_1024)
               (+ inv_pos_sector_1024_block_1024 a!13)))
      (a!21 (+ inv_okBytes_sector_1024_block_1024
               (ite (not step_failed_sector_1024_block_1024)
                    (- (+ inv_pos_sector_1024_block_1024 a!13)
                       inv_pos_sector_1024_block_1024)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_1024_block_1024
                              step_failed_sector_1024_block_1024)))
                (= (+ inv_failedBytes_sector_1024_block_1024
                      (ite step_failed_sector_1024_block_1024 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_1024_block_1024 a!13)
               (ite (and step_failed_sector_1024_block_1024
                         (not inv_someFailed_sector_1024_block_1024))
                    inv_pos_sector_1024_block_1024
                    inv_prefixEnd_sector_1024_block_1024)))
      (a!26 (ite (and (not step_failed_sector_1024_block_1024)
                      (< inv_highestOkEnd_sector_1024_block_1024
                         (+ inv_pos_sector_1024_block_1024 a!13)))
                 (+ inv_pos_sector_1024_block_1024 a!13)
                 inv_highestOkEnd_sector_1024_block_1024))
      (a!28 (+ inv_okBytesBeforeFailure_sector_1024_block_1024
               (ite (not (or inv_failureArrived_sector_1024_block_1024
                             step_failed_sector_1024_block_1024))
                    (- (+ inv_pos_sector_1024_block_1024 a!13)
                       inv_pos_sector_1024_block_1024)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_1024_block_1024
                          (not inv_someFailed_sector_1024_block_1024))
                     inv_pos_sector_1024_block_1024
                     inv_prefixEnd_sector_1024_block_1024)
                (+ inv_pos_sector_1024_block_1024 a!13)))
      (a!33 (or (not step_failed_sector_1024_block_1024)
                (<= (+ inv_pos_sector_1024_block_1024 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_1024_block_1024
                    inv_pos_sector_1024_block_1024))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_1024_block_1024 a!13) offset)
                  (+ inv_failedBytes_sector_1024_block_1024
                     (ite step_failed_sector_1024_block_1024 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_1024_block_1024
                       (ite step_failed_sector_1024_block_1024 a!13 0)))
                 (<= (+ inv_failedBytes_sector_1024_block_1024
                        (ite step_failed_sector_1024_block_1024 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_1024_block_1024
                              step_failed_sector_1024_block_1024)))
                (= a!26 (+ inv_pos_sector_1024_block_1024 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_1024_block_1024
                           (not inv_someFailed_sector_1024_block_1024))
                      inv_pos_sector_1024_block_1024
                      inv_prefixEnd_sector_1024_block_1024)
                 (+ inv_pos_sector_1024_block_1024 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_1024_block_1024 a!13))
                 (<= (+ inv_pos_sector_1024_block_1024 a!13) a!8)
                 (or (= (+ inv_pos_sector_1024_block_1024 a!13) offset)
                     (= (+ inv_pos_sector_1024_block_1024 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_1024_block_1024 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_1024_block_1024
                              step_failed_sector_1024_block_1024))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_1024_block_1024
                        step_failed_sector_1024_block_1024)
                    (or inv_someFailed_sector_1024_block_1024
                        step_failed_sector_1024_block_1024))
                 (= (or inv_failureArrived_sector_1024_block_1024
                        step_failed_sector_1024_block_1024)
                    (or inv_someFailed_sector_1024_block_1024
                        step_failed_sector_1024_block_1024))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_1024_block_1024
                              step_failed_sector_1024_block_1024))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_1024_block_1024 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_1024_block_1024 a!33)))))
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
       (<= offset inv_pos_sector_1024_block_1024)
       (<= inv_pos_sector_1024_block_1024 a!8)
       (or (= inv_pos_sector_1024_block_1024 offset)
           (= inv_pos_sector_1024_block_1024 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_1024_block_1024))
       (or (not (not inv_someFailed_sector_1024_block_1024))
           (= inv_prefixEnd_sector_1024_block_1024 a!8))
       (or (not inv_someFailed_sector_1024_block_1024) a!9)
       (= inv_anyFailed_sector_1024_block_1024
          inv_someFailed_sector_1024_block_1024)
       (= inv_failureArrived_sector_1024_block_1024
          inv_someFailed_sector_1024_block_1024)
       (= inv_lowestFailedStart_sector_1024_block_1024
          inv_prefixEnd_sector_1024_block_1024)
       (= inv_okBytes_sector_1024_block_1024
          (- (- inv_pos_sector_1024_block_1024 offset)
             inv_failedBytes_sector_1024_block_1024))
       (or (not (not inv_someFailed_sector_1024_block_1024))
           (= inv_failedBytes_sector_1024_block_1024 0))
       a!10
       (<= offset inv_highestOkEnd_sector_1024_block_1024)
       (<= inv_highestOkEnd_sector_1024_block_1024
           inv_pos_sector_1024_block_1024)
       (or (not (not inv_someFailed_sector_1024_block_1024))
           (= inv_highestOkEnd_sector_1024_block_1024
              inv_pos_sector_1024_block_1024))
       a!11
       a!12
       (< inv_pos_sector_1024_block_1024 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-512-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (+ (- a!3 (mod a!3 2048)) (ite (= (mod a!3 2048) 0) 0 2048))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 2048)))
                (- offset (mod offset 2048))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 2048)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 2048))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-512-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_512_block_2048 () Int)
(declare-fun newSize_sector_512_block_2048 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_512_block_2048 () Bool)
(declare-fun inv_clean_sector_512_block_2048 () Bool)
(declare-fun inv_prefixEnd_sector_512_block_2048 () Int)
(declare-fun inv_someFailed_sector_512_block_2048 () Bool)
(declare-fun inv_failureArrived_sector_512_block_2048 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_2048 () Int)
(declare-fun inv_highestOkEnd_sector_512_block_2048 () Int)
(declare-fun inv_failedBytes_sector_512_block_2048 () Int)
(declare-fun inv_okBytes_sector_512_block_2048 () Int)
(declare-fun inv_lowestFailedStart_sector_512_block_2048 () Int)
(declare-fun inv_anyFailed_sector_512_block_2048 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_512_block_2048)
                (< inv_prefixEnd_sector_512_block_2048
                   inv_pos_sector_512_block_2048)
                (or (= inv_prefixEnd_sector_512_block_2048 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_512_block_2048))))
      (a!10 (or (not inv_someFailed_sector_512_block_2048)
                (and (< 0 inv_failedBytes_sector_512_block_2048)
                     (<= inv_failedBytes_sector_512_block_2048
                         (- inv_pos_sector_512_block_2048
                            inv_prefixEnd_sector_512_block_2048)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_512_block_2048
               (- (ite (<= inv_prefixEnd_sector_512_block_2048
                           inv_pos_sector_512_block_2048)
                       inv_prefixEnd_sector_512_block_2048
                       inv_pos_sector_512_block_2048)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_512_block_2048)
                         (<= newSize_sector_512_block_2048
                             inv_prefixEnd_sector_512_block_2048)))
                inv_clean_sector_512_block_2048))
      (a!16 (<= offset
                (ite (and step_failed_sector_512_block_2048
                          (not inv_someFailed_sector_512_block_2048))
                     inv_pos_sector_512_block_2048
                     inv_prefixEnd_sector_512_block_2048)))
      (a!18 (= (ite (and step_failed_sector_512_block_2048
                         (not inv_someFailed_sector_512_block_2048))
                    inv_pos_sector_512_block_2048
                    inv_prefixEnd_sector_512_block_2048)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_512_block_2048
                          (not inv_someFailed_sector_512_block_2048))
                     inv_pos_sector_512_block_2048
                     inv_prefixEnd_sector_512_block_2048)))
      (a!20 (= (ite (and step_failed_sector_512_block_2048
                         (< inv_pos_sector_512_block_2048
                            inv_lowestFailedStart_sector_512_block_2048))
                    inv_pos_sector_512_block_2048
                    inv_lowestFailedStart_sector_512_block_2048)
               (ite (and step_failed_sector_512_block_2048
                         (not inv_someFailed_sector_512_block_2048))
                    inv_pos_sector_512_block_2048
                    inv_prefixEnd_sector_512_block_2048)))
      (a!31 (<= newSize_sector_512_block_2048
                (ite (and step_failed_sector_512_block_2048
                          (not inv_someFailed_sector_512_block_2048))
                     inv_pos_sector_512_block_2048
                     inv_prefixEnd_sector_512_block_2048))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (+ (- a!3 (mod a!3 2048)) (ite (= (mod a!3 2048) 0) 0 2048)))
      (a!32 (not (or (not (or inv_someFailed_sector_512_block_2048
                              step_failed_sector_512_block_2048))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 2048)))
                (- offset (mod offset 2048))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 2048)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 2048))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_512_block_2048))
                 maxBioBytes
                 (- a!8 inv_pos_sector_512_block_2048)))
      (a!14 (= (ite (and step_failed_sector_512_block_2048
                         (not inv_someFailed_sector_512_block_2048))
                    inv_pos_sector_512_block_2048
                    inv_prefixEnd_sector_512_block_2048)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_512_block_2048
                              step_failed_sector_512_block_2048)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_512_block_2048
                         (not inv_someFailed_sector_512_block_2048))
                    inv_pos_sector_512_block_2048
                    inv_prefixEnd_sector_512_block_2048)
               (+ inv_pos_sector_512_block_2048 a!13)))
      (a!21 (+ inv_okBytes_sector_512_block_2048
               (ite (not step_failed_sector_512_block_2048)
                    (- (+ inv_pos_sector_512_block_2048 a!13)
                       inv_pos_sector_512_block_2048)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_512_block_2048
                              step_failed_sector_512_block_2048)))
                (= (+ inv_failedBytes_sector_512_block_2048
                      (ite step_failed_sector_512_block_2048 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_512_block_2048 a!13)
               (ite (and step_failed_sector_512_block_2048
                         (not inv_someFailed_sector_512_block_2048))
                    inv_pos_sector_512_block_2048
                    inv_prefixEnd_sector_512_block_2048)))
      (a!26 (ite (and (not step_failed_sector_512_block_2048)
                      (< inv_highestOkEnd_sector_512_block_2048
                         (+ inv_pos_sector_512_block_2048 a!13)))
                 (+ inv_pos_sector_512_block_2048 a!13)
                 inv_highestOkEnd_sector_512_block_2048))
      (a!28 (+ inv_okBytesBeforeFailure_sector_512_block_2048
               (ite (not (or inv_failureArrived_sector_512_block_2048
                             step_failed_sector_512_block_2048))
                    (- (+ inv_pos_sector_512_block_2048 a!13)
                       inv_pos_sector_512_block_2048)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_512_block_2048
                          (not inv_someFailed_sector_512_block_2048))
                     inv_pos_sector_512_block_2048
                     inv_prefixEnd_sector_512_block_2048)
                (+ inv_pos_sector_512_block_2048 a!13)))
      (a!33 (or (not step_failed_sector_512_block_2048)
                (<= (+ inv_pos_sector_512_block_2048 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_512_block_2048 inv_pos_sector_512_block_2048))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_512_block_2048 a!13) offset)
                  (+ inv_failedBytes_sector_512_block_2048
                     (ite step_failed_sector_512_block_2048 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_512_block_2048
                       (ite step_failed_sector_512_block_2048 a!13 0)))
                 (<= (+ inv_failedBytes_sector_512_block_2048
                        (ite step_failed_sector_512_block_2048 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_512_block_2048
                              step_failed_sector_512_block_2048)))
                (= a!26 (+ inv_pos_sector_512_block_2048 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_512_block_2048
                           (not inv_someFailed_sector_512_block_2048))
                      inv_pos_sector_512_block_2048
                      inv_prefixEnd_sector_512_block_2048)
                 (+ inv_pos_sector_512_block_2048 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_512_block_2048 a!13))
                 (<= (+ inv_pos_sector_512_block_2048 a!13) a!8)
                 (or (= (+ inv_pos_sector_512_block_2048 a!13) offset)
                     (= (+ inv_pos_sector_512_block_2048 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_512_block_2048 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_512_block_2048
                              step_failed_sector_512_block_2048))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_512_block_2048
                        step_failed_sector_512_block_2048)
                    (or inv_someFailed_sector_512_block_2048
                        step_failed_sector_512_block_2048))
                 (= (or inv_failureArrived_sector_512_block_2048
                        step_failed_sector_512_block_2048)
                    (or inv_someFailed_sector_512_block_2048
                        step_failed_sector_512_block_2048))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_512_block_2048
                              step_failed_sector_512_block_2048))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_512_block_2048 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_512_block_2048 a!33)))))
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
       (<= offset inv_pos_sector_512_block_2048)
       (<= inv_pos_sector_512_block_2048 a!8)
       (or (= inv_pos_sector_512_block_2048 offset)
           (= inv_pos_sector_512_block_2048 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_512_block_2048))
       (or (not (not inv_someFailed_sector_512_block_2048))
           (= inv_prefixEnd_sector_512_block_2048 a!8))
       (or (not inv_someFailed_sector_512_block_2048) a!9)
       (= inv_anyFailed_sector_512_block_2048
          inv_someFailed_sector_512_block_2048)
       (= inv_failureArrived_sector_512_block_2048
          inv_someFailed_sector_512_block_2048)
       (= inv_lowestFailedStart_sector_512_block_2048
          inv_prefixEnd_sector_512_block_2048)
       (= inv_okBytes_sector_512_block_2048
          (- (- inv_pos_sector_512_block_2048 offset)
             inv_failedBytes_sector_512_block_2048))
       (or (not (not inv_someFailed_sector_512_block_2048))
           (= inv_failedBytes_sector_512_block_2048 0))
       a!10
       (<= offset inv_highestOkEnd_sector_512_block_2048)
       (<= inv_highestOkEnd_sector_512_block_2048 inv_pos_sector_512_block_2048)
       (or (not (not inv_someFailed_sector_512_block_2048))
           (= inv_highestOkEnd_sector_512_block_2048
              inv_pos_sector_512_block_2048))
       a!11
       a!12
       (< inv_pos_sector_512_block_2048 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-1024-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (+ (- a!3 (mod a!3 2048)) (ite (= (mod a!3 2048) 0) 0 2048))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 2048)))
                (- offset (mod offset 2048))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 2048)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 2048))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-1024-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_1024_block_2048 () Int)
(declare-fun newSize_sector_1024_block_2048 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_1024_block_2048 () Bool)
(declare-fun inv_clean_sector_1024_block_2048 () Bool)
(declare-fun inv_prefixEnd_sector_1024_block_2048 () Int)
(declare-fun inv_someFailed_sector_1024_block_2048 () Bool)
(declare-fun inv_failureArrived_sector_1024_block_2048 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_2048 () Int)
(declare-fun inv_highestOkEnd_sector_1024_block_2048 () Int)
(declare-fun inv_failedBytes_sector_1024_block_2048 () Int)
(declare-fun inv_okBytes_sector_1024_block_2048 () Int)
(declare-fun inv_lowestFailedStart_sector_1024_block_2048 () Int)
(declare-fun inv_anyFailed_sector_1024_block_2048 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_1024_block_2048)
                (< inv_prefixEnd_sector_1024_block_2048
                   inv_pos_sector_1024_block_2048)
                (or (= inv_prefixEnd_sector_1024_block_2048 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_1024_block_2048))))
      (a!10 (or (not inv_someFailed_sector_1024_block_2048)
                (and (< 0 inv_failedBytes_sector_1024_block_2048)
                     (<= inv_failedBytes_sector_1024_block_2048
                         (- inv_pos_sector_1024_block_2048
                            inv_prefixEnd_sector_1024_block_2048)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_1024_block_2048
               (- (ite (<= inv_prefixEnd_sector_1024_block_2048
                           inv_pos_sector_1024_block_2048)
                       inv_prefixEnd_sector_1024_block_2048
                       inv_pos_sector_1024_block_2048)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_1024_block_2048)
                         (<= newSize_sector_1024_block_2048
                             inv_prefixEnd_sector_1024_block_2048)))
                inv_clean_sector_1024_block_2048))
      (a!16 (<= offset
                (ite (and step_failed_sector_1024_block_2048
                          (not inv_someFailed_sector_1024_block_2048))
                     inv_pos_sector_1024_block_2048
                     inv_prefixEnd_sector_1024_block_2048)))
      (a!18 (= (ite (and step_failed_sector_1024_block_2048
                         (not inv_someFailed_sector_1024_block_2048))
                    inv_pos_sector_1024_block_2048
                    inv_prefixEnd_sector_1024_block_2048)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_1024_block_2048
                          (not inv_someFailed_sector_1024_block_2048))
                     inv_pos_sector_1024_block_2048
                     inv_prefixEnd_sector_1024_block_2048)))
      (a!20 (= (ite (and step_failed_sector_1024_block_2048
                         (< inv_pos_sector_1024_block_2048
                            inv_lowestFailedStart_sector_1024_block_2048))
                    inv_pos_sector_1024_block_2048
                    inv_lowestFailedStart_sector_1024_block_2048)
               (ite (and step_failed_sector_1024_block_2048
                         (not inv_someFailed_sector_1024_block_2048))
                    inv_pos_sector_1024_block_2048
                    inv_prefixEnd_sector_1024_block_2048)))
      (a!31 (<= newSize_sector_1024_block_2048
                (ite (and step_failed_sector_1024_block_2048
                          (not inv_someFailed_sector_1024_block_2048))
                     inv_pos_sector_1024_block_2048
                     inv_prefixEnd_sector_1024_block_2048))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (+ (- a!3 (mod a!3 2048)) (ite (= (mod a!3 2048) 0) 0 2048)))
      (a!32 (not (or (not (or inv_someFailed_sector_1024_block_2048
                              step_failed_sector_1024_block_2048))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 2048)))
                (- offset (mod offset 2048))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 2048)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 2048))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_1024_block_2048))
                 maxBioBytes
                 (- a!8 inv_pos_sector_1024_block_2048)))
      (a!14 (= (ite (and step_failed_sector_1024_block_2048
                         (not inv_someFailed_sector_1024_block_2048))
                    inv_pos_sector_1024_block_2048
                    inv_prefixEnd_sector_1024_block_2048)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_1024_block_2048
                              step_failed_sector_1024_block_2048)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_1024_block_2048
                         (not inv_someFailed_sector_1024_block_2048))
                    inv_pos_sector_1024_block_2048
                    inv_prefixEnd_sector_1024_block_2048)
               (+ inv_pos_sector_1024_block_2048 a!13)))
      (a!21 (+ inv_okBytes_sector_1024_block_2048
               (ite (not step_failed_sector_1024_block_2048)
                    (- (+ inv_pos_sector_1024_block_2048 a!13)
                       inv_pos_sector_1024_block_2048)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_1024_block_2048
                              step_failed_sector_1024_block_2048)))
                (= (+ inv_failedBytes_sector_1024_block_2048
                      (ite step_failed_sector_1024_block_2048 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_1024_block_2048 a!13)
               (ite (and step_failed_sector_1024_block_2048
                         (not inv_someFailed_sector_1024_block_2048))
                    inv_pos_sector_1024_block_2048
                    inv_prefixEnd_sector_1024_block_2048)))
      (a!26 (ite (and (not step_failed_sector_1024_block_2048)
                      (< inv_highestOkEnd_sector_1024_block_2048
                         (+ inv_pos_sector_1024_block_2048 a!13)))
                 (+ inv_pos_sector_1024_block_2048 a!13)
                 inv_highestOkEnd_sector_1024_block_2048))
      (a!28 (+ inv_okBytesBeforeFailure_sector_1024_block_2048
               (ite (not (or inv_failureArrived_sector_1024_block_2048
                             step_failed_sector_1024_block_2048))
                    (- (+ inv_pos_sector_1024_block_2048 a!13)
                       inv_pos_sector_1024_block_2048)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_1024_block_2048
                          (not inv_someFailed_sector_1024_block_2048))
                     inv_pos_sector_1024_block_2048
                     inv_prefixEnd_sector_1024_block_2048)
                (+ inv_pos_sector_1024_block_2048 a!13)))
      (a!33 (or (not step_failed_sector_1024_block_2048)
                (<= (+ inv_pos_sector_1024_block_2048 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_1024_block_2048
                    inv_pos_sector_1024_block_2048))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_1024_block_2048 a!13) offset)
                  (+ inv_failedBytes_sector_1024_block_2048
                     (ite step_failed_sector_1024_block_2048 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_1024_block_2048
                       (ite step_failed_sector_1024_block_2048 a!13 0)))
                 (<= (+ inv_failedBytes_sector_1024_block_2048
                        (ite step_failed_sector_1024_block_2048 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_1024_block_2048
                              step_failed_sector_1024_block_2048)))
                (= a!26 (+ inv_pos_sector_1024_block_2048 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_1024_block_2048
                           (not inv_someFailed_sector_1024_block_2048))
                      inv_pos_sector_1024_block_2048
                      inv_prefixEnd_sector_1024_block_2048)
                 (+ inv_pos_sector_1024_block_2048 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_1024_block_2048 a!13))
                 (<= (+ inv_pos_sector_1024_block_2048 a!13) a!8)
                 (or (= (+ inv_pos_sector_1024_block_2048 a!13) offset)
                     (= (+ inv_pos_sector_1024_block_2048 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_1024_block_2048 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_1024_block_2048
                              step_failed_sector_1024_block_2048))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_1024_block_2048
                        step_failed_sector_1024_block_2048)
                    (or inv_someFailed_sector_1024_block_2048
                        step_failed_sector_1024_block_2048))
                 (= (or inv_failureArrived_sector_1024_block_2048
                        step_failed_sector_1024_block_2048)
                    (or inv_someFailed_sector_1024_block_2048
                        step_failed_sector_1024_block_2048))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_1024_block_2048
                              step_failed_sector_1024_block_2048))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_1024_block_2048 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_1024_block_2048 a!33)))))
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
       (<= offset inv_pos_sector_1024_block_2048)
       (<= inv_pos_sector_1024_block_2048 a!8)
       (or (= inv_pos_sector_1024_block_2048 offset)
           (= inv_pos_sector_1024_block_2048 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_1024_block_2048))
       (or (not (not inv_someFailed_sector_1024_block_2048))
           (= inv_prefixEnd_sector_1024_block_2048 a!8))
       (or (not inv_someFailed_sector_1024_block_2048) a!9)
       (= inv_anyFailed_sector_1024_block_2048
          inv_someFailed_sector_1024_block_2048)
       (= inv_failureArrived_sector_1024_block_2048
          inv_someFailed_sector_1024_block_2048)
       (= inv_lowestFailedStart_sector_1024_block_2048
          inv_prefixEnd_sector_1024_block_2048)
       (= inv_okBytes_sector_1024_block_2048
          (- (- inv_pos_sector_1024_block_2048 offset)
             inv_failedBytes_sector_1024_block_2048))
       (or (not (not inv_someFailed_sector_1024_block_2048))
           (= inv_failedBytes_sector_1024_block_2048 0))
       a!10
       (<= offset inv_highestOkEnd_sector_1024_block_2048)
       (<= inv_highestOkEnd_sector_1024_block_2048
           inv_pos_sector_1024_block_2048)
       (or (not (not inv_someFailed_sector_1024_block_2048))
           (= inv_highestOkEnd_sector_1024_block_2048
              inv_pos_sector_1024_block_2048))
       a!11
       a!12
       (< inv_pos_sector_1024_block_2048 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-2048-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (+ (- a!3 (mod a!3 2048)) (ite (= (mod a!3 2048) 0) 0 2048))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 2048)))
                (- offset (mod offset 2048))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 2048)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 2048))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-2048-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_2048_block_2048 () Int)
(declare-fun newSize_sector_2048_block_2048 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_2048_block_2048 () Bool)
(declare-fun inv_clean_sector_2048_block_2048 () Bool)
(declare-fun inv_prefixEnd_sector_2048_block_2048 () Int)
(declare-fun inv_someFailed_sector_2048_block_2048 () Bool)
(declare-fun inv_failureArrived_sector_2048_block_2048 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_2048 () Int)
(declare-fun inv_highestOkEnd_sector_2048_block_2048 () Int)
(declare-fun inv_failedBytes_sector_2048_block_2048 () Int)
(declare-fun inv_okBytes_sector_2048_block_2048 () Int)
(declare-fun inv_lowestFailedStart_sector_2048_block_2048 () Int)
(declare-fun inv_anyFailed_sector_2048_block_2048 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_2048_block_2048)
                (< inv_prefixEnd_sector_2048_block_2048
                   inv_pos_sector_2048_block_2048)
                (or (= inv_prefixEnd_sector_2048_block_2048 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_2048_block_2048))))
      (a!10 (or (not inv_someFailed_sector_2048_block_2048)
                (and (< 0 inv_failedBytes_sector_2048_block_2048)
                     (<= inv_failedBytes_sector_2048_block_2048
                         (- inv_pos_sector_2048_block_2048
                            inv_prefixEnd_sector_2048_block_2048)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_2048_block_2048
               (- (ite (<= inv_prefixEnd_sector_2048_block_2048
                           inv_pos_sector_2048_block_2048)
                       inv_prefixEnd_sector_2048_block_2048
                       inv_pos_sector_2048_block_2048)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_2048_block_2048)
                         (<= newSize_sector_2048_block_2048
                             inv_prefixEnd_sector_2048_block_2048)))
                inv_clean_sector_2048_block_2048))
      (a!16 (<= offset
                (ite (and step_failed_sector_2048_block_2048
                          (not inv_someFailed_sector_2048_block_2048))
                     inv_pos_sector_2048_block_2048
                     inv_prefixEnd_sector_2048_block_2048)))
      (a!18 (= (ite (and step_failed_sector_2048_block_2048
                         (not inv_someFailed_sector_2048_block_2048))
                    inv_pos_sector_2048_block_2048
                    inv_prefixEnd_sector_2048_block_2048)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_2048_block_2048
                          (not inv_someFailed_sector_2048_block_2048))
                     inv_pos_sector_2048_block_2048
                     inv_prefixEnd_sector_2048_block_2048)))
      (a!20 (= (ite (and step_failed_sector_2048_block_2048
                         (< inv_pos_sector_2048_block_2048
                            inv_lowestFailedStart_sector_2048_block_2048))
                    inv_pos_sector_2048_block_2048
                    inv_lowestFailedStart_sector_2048_block_2048)
               (ite (and step_failed_sector_2048_block_2048
                         (not inv_someFailed_sector_2048_block_2048))
                    inv_pos_sector_2048_block_2048
                    inv_prefixEnd_sector_2048_block_2048)))
      (a!31 (<= newSize_sector_2048_block_2048
                (ite (and step_failed_sector_2048_block_2048
                          (not inv_someFailed_sector_2048_block_2048))
                     inv_pos_sector_2048_block_2048
                     inv_prefixEnd_sector_2048_block_2048))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (+ (- a!3 (mod a!3 2048)) (ite (= (mod a!3 2048) 0) 0 2048)))
      (a!32 (not (or (not (or inv_someFailed_sector_2048_block_2048
                              step_failed_sector_2048_block_2048))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 2048)))
                (- offset (mod offset 2048))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 2048)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 2048))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_2048_block_2048))
                 maxBioBytes
                 (- a!8 inv_pos_sector_2048_block_2048)))
      (a!14 (= (ite (and step_failed_sector_2048_block_2048
                         (not inv_someFailed_sector_2048_block_2048))
                    inv_pos_sector_2048_block_2048
                    inv_prefixEnd_sector_2048_block_2048)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_2048_block_2048
                              step_failed_sector_2048_block_2048)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_2048_block_2048
                         (not inv_someFailed_sector_2048_block_2048))
                    inv_pos_sector_2048_block_2048
                    inv_prefixEnd_sector_2048_block_2048)
               (+ inv_pos_sector_2048_block_2048 a!13)))
      (a!21 (+ inv_okBytes_sector_2048_block_2048
               (ite (not step_failed_sector_2048_block_2048)
                    (- (+ inv_pos_sector_2048_block_2048 a!13)
                       inv_pos_sector_2048_block_2048)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_2048_block_2048
                              step_failed_sector_2048_block_2048)))
                (= (+ inv_failedBytes_sector_2048_block_2048
                      (ite step_failed_sector_2048_block_2048 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_2048_block_2048 a!13)
               (ite (and step_failed_sector_2048_block_2048
                         (not inv_someFailed_sector_2048_block_2048))
                    inv_pos_sector_2048_block_2048
                    inv_prefixEnd_sector_2048_block_2048)))
      (a!26 (ite (and (not step_failed_sector_2048_block_2048)
                      (< inv_highestOkEnd_sector_2048_block_2048
                         (+ inv_pos_sector_2048_block_2048 a!13)))
                 (+ inv_pos_sector_2048_block_2048 a!13)
                 inv_highestOkEnd_sector_2048_block_2048))
      (a!28 (+ inv_okBytesBeforeFailure_sector_2048_block_2048
               (ite (not (or inv_failureArrived_sector_2048_block_2048
                             step_failed_sector_2048_block_2048))
                    (- (+ inv_pos_sector_2048_block_2048 a!13)
                       inv_pos_sector_2048_block_2048)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_2048_block_2048
                          (not inv_someFailed_sector_2048_block_2048))
                     inv_pos_sector_2048_block_2048
                     inv_prefixEnd_sector_2048_block_2048)
                (+ inv_pos_sector_2048_block_2048 a!13)))
      (a!33 (or (not step_failed_sector_2048_block_2048)
                (<= (+ inv_pos_sector_2048_block_2048 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_2048_block_2048
                    inv_pos_sector_2048_block_2048))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_2048_block_2048 a!13) offset)
                  (+ inv_failedBytes_sector_2048_block_2048
                     (ite step_failed_sector_2048_block_2048 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_2048_block_2048
                       (ite step_failed_sector_2048_block_2048 a!13 0)))
                 (<= (+ inv_failedBytes_sector_2048_block_2048
                        (ite step_failed_sector_2048_block_2048 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_2048_block_2048
                              step_failed_sector_2048_block_2048)))
                (= a!26 (+ inv_pos_sector_2048_block_2048 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_2048_block_2048
                           (not inv_someFailed_sector_2048_block_2048))
                      inv_pos_sector_2048_block_2048
                      inv_prefixEnd_sector_2048_block_2048)
                 (+ inv_pos_sector_2048_block_2048 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_2048_block_2048 a!13))
                 (<= (+ inv_pos_sector_2048_block_2048 a!13) a!8)
                 (or (= (+ inv_pos_sector_2048_block_2048 a!13) offset)
                     (= (+ inv_pos_sector_2048_block_2048 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_2048_block_2048 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_2048_block_2048
                              step_failed_sector_2048_block_2048))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_2048_block_2048
                        step_failed_sector_2048_block_2048)
                    (or inv_someFailed_sector_2048_block_2048
                        step_failed_sector_2048_block_2048))
                 (= (or inv_failureArrived_sector_2048_block_2048
                        step_failed_sector_2048_block_2048)
                    (or inv_someFailed_sector_2048_block_2048
                        step_failed_sector_2048_block_2048))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_2048_block_2048
                              step_failed_sector_2048_block_2048))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_2048_block_2048 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_2048_block_2048 a!33)))))
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
       (<= offset inv_pos_sector_2048_block_2048)
       (<= inv_pos_sector_2048_block_2048 a!8)
       (or (= inv_pos_sector_2048_block_2048 offset)
           (= inv_pos_sector_2048_block_2048 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_2048_block_2048))
       (or (not (not inv_someFailed_sector_2048_block_2048))
           (= inv_prefixEnd_sector_2048_block_2048 a!8))
       (or (not inv_someFailed_sector_2048_block_2048) a!9)
       (= inv_anyFailed_sector_2048_block_2048
          inv_someFailed_sector_2048_block_2048)
       (= inv_failureArrived_sector_2048_block_2048
          inv_someFailed_sector_2048_block_2048)
       (= inv_lowestFailedStart_sector_2048_block_2048
          inv_prefixEnd_sector_2048_block_2048)
       (= inv_okBytes_sector_2048_block_2048
          (- (- inv_pos_sector_2048_block_2048 offset)
             inv_failedBytes_sector_2048_block_2048))
       (or (not (not inv_someFailed_sector_2048_block_2048))
           (= inv_failedBytes_sector_2048_block_2048 0))
       a!10
       (<= offset inv_highestOkEnd_sector_2048_block_2048)
       (<= inv_highestOkEnd_sector_2048_block_2048
           inv_pos_sector_2048_block_2048)
       (or (not (not inv_someFailed_sector_2048_block_2048))
           (= inv_highestOkEnd_sector_2048_block_2048
              inv_pos_sector_2048_block_2048))
       a!11
       a!12
       (< inv_pos_sector_2048_block_2048 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-512-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-512-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_512_block_4096 () Int)
(declare-fun newSize_sector_512_block_4096 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_512_block_4096 () Bool)
(declare-fun inv_clean_sector_512_block_4096 () Bool)
(declare-fun inv_prefixEnd_sector_512_block_4096 () Int)
(declare-fun inv_someFailed_sector_512_block_4096 () Bool)
(declare-fun inv_failureArrived_sector_512_block_4096 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_4096 () Int)
(declare-fun inv_highestOkEnd_sector_512_block_4096 () Int)
(declare-fun inv_failedBytes_sector_512_block_4096 () Int)
(declare-fun inv_okBytes_sector_512_block_4096 () Int)
(declare-fun inv_lowestFailedStart_sector_512_block_4096 () Int)
(declare-fun inv_anyFailed_sector_512_block_4096 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_512_block_4096)
                (< inv_prefixEnd_sector_512_block_4096
                   inv_pos_sector_512_block_4096)
                (or (= inv_prefixEnd_sector_512_block_4096 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_512_block_4096))))
      (a!10 (or (not inv_someFailed_sector_512_block_4096)
                (and (< 0 inv_failedBytes_sector_512_block_4096)
                     (<= inv_failedBytes_sector_512_block_4096
                         (- inv_pos_sector_512_block_4096
                            inv_prefixEnd_sector_512_block_4096)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_512_block_4096
               (- (ite (<= inv_prefixEnd_sector_512_block_4096
                           inv_pos_sector_512_block_4096)
                       inv_prefixEnd_sector_512_block_4096
                       inv_pos_sector_512_block_4096)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_512_block_4096)
                         (<= newSize_sector_512_block_4096
                             inv_prefixEnd_sector_512_block_4096)))
                inv_clean_sector_512_block_4096))
      (a!16 (<= offset
                (ite (and step_failed_sector_512_block_4096
                          (not inv_someFailed_sector_512_block_4096))
                     inv_pos_sector_512_block_4096
                     inv_prefixEnd_sector_512_block_4096)))
      (a!18 (= (ite (and step_failed_sector_512_block_4096
                         (not inv_someFailed_sector_512_block_4096))
                    inv_pos_sector_512_block_4096
                    inv_prefixEnd_sector_512_block_4096)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_512_block_4096
                          (not inv_someFailed_sector_512_block_4096))
                     inv_pos_sector_512_block_4096
                     inv_prefixEnd_sector_512_block_4096)))
      (a!20 (= (ite (and step_failed_sector_512_block_4096
                         (< inv_pos_sector_512_block_4096
                            inv_lowestFailedStart_sector_512_block_4096))
                    inv_pos_sector_512_block_4096
                    inv_lowestFailedStart_sector_512_block_4096)
               (ite (and step_failed_sector_512_block_4096
                         (not inv_someFailed_sector_512_block_4096))
                    inv_pos_sector_512_block_4096
                    inv_prefixEnd_sector_512_block_4096)))
      (a!31 (<= newSize_sector_512_block_4096
                (ite (and step_failed_sector_512_block_4096
                          (not inv_someFailed_sector_512_block_4096))
                     inv_pos_sector_512_block_4096
                     inv_prefixEnd_sector_512_block_4096))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!32 (not (or (not (or inv_someFailed_sector_512_block_4096
                              step_failed_sector_512_block_4096))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_512_block_4096))
                 maxBioBytes
                 (- a!8 inv_pos_sector_512_block_4096)))
      (a!14 (= (ite (and step_failed_sector_512_block_4096
                         (not inv_someFailed_sector_512_block_4096))
                    inv_pos_sector_512_block_4096
                    inv_prefixEnd_sector_512_block_4096)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_512_block_4096
                              step_failed_sector_512_block_4096)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_512_block_4096
                         (not inv_someFailed_sector_512_block_4096))
                    inv_pos_sector_512_block_4096
                    inv_prefixEnd_sector_512_block_4096)
               (+ inv_pos_sector_512_block_4096 a!13)))
      (a!21 (+ inv_okBytes_sector_512_block_4096
               (ite (not step_failed_sector_512_block_4096)
                    (- (+ inv_pos_sector_512_block_4096 a!13)
                       inv_pos_sector_512_block_4096)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_512_block_4096
                              step_failed_sector_512_block_4096)))
                (= (+ inv_failedBytes_sector_512_block_4096
                      (ite step_failed_sector_512_block_4096 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_512_block_4096 a!13)
               (ite (and step_failed_sector_512_block_4096
                         (not inv_someFailed_sector_512_block_4096))
                    inv_pos_sector_512_block_4096
                    inv_prefixEnd_sector_512_block_4096)))
      (a!26 (ite (and (not step_failed_sector_512_block_4096)
                      (< inv_highestOkEnd_sector_512_block_4096
                         (+ inv_pos_sector_512_block_4096 a!13)))
                 (+ inv_pos_sector_512_block_4096 a!13)
                 inv_highestOkEnd_sector_512_block_4096))
      (a!28 (+ inv_okBytesBeforeFailure_sector_512_block_4096
               (ite (not (or inv_failureArrived_sector_512_block_4096
                             step_failed_sector_512_block_4096))
                    (- (+ inv_pos_sector_512_block_4096 a!13)
                       inv_pos_sector_512_block_4096)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_512_block_4096
                          (not inv_someFailed_sector_512_block_4096))
                     inv_pos_sector_512_block_4096
                     inv_prefixEnd_sector_512_block_4096)
                (+ inv_pos_sector_512_block_4096 a!13)))
      (a!33 (or (not step_failed_sector_512_block_4096)
                (<= (+ inv_pos_sector_512_block_4096 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_512_block_4096 inv_pos_sector_512_block_4096))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_512_block_4096 a!13) offset)
                  (+ inv_failedBytes_sector_512_block_4096
                     (ite step_failed_sector_512_block_4096 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_512_block_4096
                       (ite step_failed_sector_512_block_4096 a!13 0)))
                 (<= (+ inv_failedBytes_sector_512_block_4096
                        (ite step_failed_sector_512_block_4096 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_512_block_4096
                              step_failed_sector_512_block_4096)))
                (= a!26 (+ inv_pos_sector_512_block_4096 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_512_block_4096
                           (not inv_someFailed_sector_512_block_4096))
                      inv_pos_sector_512_block_4096
                      inv_prefixEnd_sector_512_block_4096)
                 (+ inv_pos_sector_512_block_4096 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_512_block_4096 a!13))
                 (<= (+ inv_pos_sector_512_block_4096 a!13) a!8)
                 (or (= (+ inv_pos_sector_512_block_4096 a!13) offset)
                     (= (+ inv_pos_sector_512_block_4096 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_512_block_4096 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_512_block_4096
                              step_failed_sector_512_block_4096))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_512_block_4096
                        step_failed_sector_512_block_4096)
                    (or inv_someFailed_sector_512_block_4096
                        step_failed_sector_512_block_4096))
                 (= (or inv_failureArrived_sector_512_block_4096
                        step_failed_sector_512_block_4096)
                    (or inv_someFailed_sector_512_block_4096
                        step_failed_sector_512_block_4096))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_512_block_4096
                              step_failed_sector_512_block_4096))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_512_block_4096 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_512_block_4096 a!33)))))
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
       (<= offset inv_pos_sector_512_block_4096)
       (<= inv_pos_sector_512_block_4096 a!8)
       (or (= inv_pos_sector_512_block_4096 offset)
           (= inv_pos_sector_512_block_4096 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_512_block_4096))
       (or (not (not inv_someFailed_sector_512_block_4096))
           (= inv_prefixEnd_sector_512_block_4096 a!8))
       (or (not inv_someFailed_sector_512_block_4096) a!9)
       (= inv_anyFailed_sector_512_block_4096
          inv_someFailed_sector_512_block_4096)
       (= inv_failureArrived_sector_512_block_4096
          inv_someFailed_sector_512_block_4096)
       (= inv_lowestFailedStart_sector_512_block_4096
          inv_prefixEnd_sector_512_block_4096)
       (= inv_okBytes_sector_512_block_4096
          (- (- inv_pos_sector_512_block_4096 offset)
             inv_failedBytes_sector_512_block_4096))
       (or (not (not inv_someFailed_sector_512_block_4096))
           (= inv_failedBytes_sector_512_block_4096 0))
       a!10
       (<= offset inv_highestOkEnd_sector_512_block_4096)
       (<= inv_highestOkEnd_sector_512_block_4096 inv_pos_sector_512_block_4096)
       (or (not (not inv_someFailed_sector_512_block_4096))
           (= inv_highestOkEnd_sector_512_block_4096
              inv_pos_sector_512_block_4096))
       a!11
       a!12
       (< inv_pos_sector_512_block_4096 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-1024-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-1024-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_1024_block_4096 () Int)
(declare-fun newSize_sector_1024_block_4096 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_1024_block_4096 () Bool)
(declare-fun inv_clean_sector_1024_block_4096 () Bool)
(declare-fun inv_prefixEnd_sector_1024_block_4096 () Int)
(declare-fun inv_someFailed_sector_1024_block_4096 () Bool)
(declare-fun inv_failureArrived_sector_1024_block_4096 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_4096 () Int)
(declare-fun inv_highestOkEnd_sector_1024_block_4096 () Int)
(declare-fun inv_failedBytes_sector_1024_block_4096 () Int)
(declare-fun inv_okBytes_sector_1024_block_4096 () Int)
(declare-fun inv_lowestFailedStart_sector_1024_block_4096 () Int)
(declare-fun inv_anyFailed_sector_1024_block_4096 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_1024_block_4096)
                (< inv_prefixEnd_sector_1024_block_4096
                   inv_pos_sector_1024_block_4096)
                (or (= inv_prefixEnd_sector_1024_block_4096 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_1024_block_4096))))
      (a!10 (or (not inv_someFailed_sector_1024_block_4096)
                (and (< 0 inv_failedBytes_sector_1024_block_4096)
                     (<= inv_failedBytes_sector_1024_block_4096
                         (- inv_pos_sector_1024_block_4096
                            inv_prefixEnd_sector_1024_block_4096)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_1024_block_4096
               (- (ite (<= inv_prefixEnd_sector_1024_block_4096
                           inv_pos_sector_1024_block_4096)
                       inv_prefixEnd_sector_1024_block_4096
                       inv_pos_sector_1024_block_4096)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_1024_block_4096)
                         (<= newSize_sector_1024_block_4096
                             inv_prefixEnd_sector_1024_block_4096)))
                inv_clean_sector_1024_block_4096))
      (a!16 (<= offset
                (ite (and step_failed_sector_1024_block_4096
                          (not inv_someFailed_sector_1024_block_4096))
                     inv_pos_sector_1024_block_4096
                     inv_prefixEnd_sector_1024_block_4096)))
      (a!18 (= (ite (and step_failed_sector_1024_block_4096
                         (not inv_someFailed_sector_1024_block_4096))
                    inv_pos_sector_1024_block_4096
                    inv_prefixEnd_sector_1024_block_4096)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_1024_block_4096
                          (not inv_someFailed_sector_1024_block_4096))
                     inv_pos_sector_1024_block_4096
                     inv_prefixEnd_sector_1024_block_4096)))
      (a!20 (= (ite (and step_failed_sector_1024_block_4096
                         (< inv_pos_sector_1024_block_4096
                            inv_lowestFailedStart_sector_1024_block_4096))
                    inv_pos_sector_1024_block_4096
                    inv_lowestFailedStart_sector_1024_block_4096)
               (ite (and step_failed_sector_1024_block_4096
                         (not inv_someFailed_sector_1024_block_4096))
                    inv_pos_sector_1024_block_4096
                    inv_prefixEnd_sector_1024_block_4096)))
      (a!31 (<= newSize_sector_1024_block_4096
                (ite (and step_failed_sector_1024_block_4096
                          (not inv_someFailed_sector_1024_block_4096))
                     inv_pos_sector_1024_block_4096
                     inv_prefixEnd_sector_1024_block_4096))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!32 (not (or (not (or inv_someFailed_sector_1024_block_4096
                              step_failed_sector_1024_block_4096))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_1024_block_4096))
                 maxBioBytes
                 (- a!8 inv_pos_sector_1024_block_4096)))
      (a!14 (= (ite (and step_failed_sector_1024_block_4096
                         (not inv_someFailed_sector_1024_block_4096))
                    inv_pos_sector_1024_block_4096
                    inv_prefixEnd_sector_1024_block_4096)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_1024_block_4096
                              step_failed_sector_1024_block_4096)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_1024_block_4096
                         (not inv_someFailed_sector_1024_block_4096))
                    inv_pos_sector_1024_block_4096
                    inv_prefixEnd_sector_1024_block_4096)
               (+ inv_pos_sector_1024_block_4096 a!13)))
      (a!21 (+ inv_okBytes_sector_1024_block_4096
               (ite (not step_failed_sector_1024_block_4096)
                    (- (+ inv_pos_sector_1024_block_4096 a!13)
                       inv_pos_sector_1024_block_4096)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_1024_block_4096
                              step_failed_sector_1024_block_4096)))
                (= (+ inv_failedBytes_sector_1024_block_4096
                      (ite step_failed_sector_1024_block_4096 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_1024_block_4096 a!13)
               (ite (and step_failed_sector_1024_block_4096
                         (not inv_someFailed_sector_1024_block_4096))
                    inv_pos_sector_1024_block_4096
                    inv_prefixEnd_sector_1024_block_4096)))
      (a!26 (ite (and (not step_failed_sector_1024_block_4096)
                      (< inv_highestOkEnd_sector_1024_block_4096
                         (+ inv_pos_sector_1024_block_4096 a!13)))
                 (+ inv_pos_sector_1024_block_4096 a!13)
                 inv_highestOkEnd_sector_1024_block_4096))
      (a!28 (+ inv_okBytesBeforeFailure_sector_1024_block_4096
               (ite (not (or inv_failureArrived_sector_1024_block_4096
                             step_failed_sector_1024_block_4096))
                    (- (+ inv_pos_sector_1024_block_4096 a!13)
                       inv_pos_sector_1024_block_4096)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_1024_block_4096
                          (not inv_someFailed_sector_1024_block_4096))
                     inv_pos_sector_1024_block_4096
                     inv_prefixEnd_sector_1024_block_4096)
                (+ inv_pos_sector_1024_block_4096 a!13)))
      (a!33 (or (not step_failed_sector_1024_block_4096)
                (<= (+ inv_pos_sector_1024_block_4096 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_1024_block_4096
                    inv_pos_sector_1024_block_4096))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_1024_block_4096 a!13) offset)
                  (+ inv_failedBytes_sector_1024_block_4096
                     (ite step_failed_sector_1024_block_4096 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_1024_block_4096
                       (ite step_failed_sector_1024_block_4096 a!13 0)))
                 (<= (+ inv_failedBytes_sector_1024_block_4096
                        (ite step_failed_sector_1024_block_4096 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_1024_block_4096
                              step_failed_sector_1024_block_4096)))
                (= a!26 (+ inv_pos_sector_1024_block_4096 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_1024_block_4096
                           (not inv_someFailed_sector_1024_block_4096))
                      inv_pos_sector_1024_block_4096
                      inv_prefixEnd_sector_1024_block_4096)
                 (+ inv_pos_sector_1024_block_4096 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_1024_block_4096 a!13))
                 (<= (+ inv_pos_sector_1024_block_4096 a!13) a!8)
                 (or (= (+ inv_pos_sector_1024_block_4096 a!13) offset)
                     (= (+ inv_pos_sector_1024_block_4096 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_1024_block_4096 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_1024_block_4096
                              step_failed_sector_1024_block_4096))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_1024_block_4096
                        step_failed_sector_1024_block_4096)
                    (or inv_someFailed_sector_1024_block_4096
                        step_failed_sector_1024_block_4096))
                 (= (or inv_failureArrived_sector_1024_block_4096
                        step_failed_sector_1024_block_4096)
                    (or inv_someFailed_sector_1024_block_4096
                        step_failed_sector_1024_block_4096))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_1024_block_4096
                              step_failed_sector_1024_block_4096))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_1024_block_4096 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_1024_block_4096 a!33)))))
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
       (<= offset inv_pos_sector_1024_block_4096)
       (<= inv_pos_sector_1024_block_4096 a!8)
       (or (= inv_pos_sector_1024_block_4096 offset)
           (= inv_pos_sector_1024_block_4096 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_1024_block_4096))
       (or (not (not inv_someFailed_sector_1024_block_4096))
           (= inv_prefixEnd_sector_1024_block_4096 a!8))
       (or (not inv_someFailed_sector_1024_block_4096) a!9)
       (= inv_anyFailed_sector_1024_block_4096
          inv_someFailed_sector_1024_block_4096)
       (= inv_failureArrived_sector_1024_block_4096
          inv_someFailed_sector_1024_block_4096)
       (= inv_lowestFailedStart_sector_1024_block_4096
          inv_prefixEnd_sector_1024_block_4096)
       (= inv_okBytes_sector_1024_block_4096
          (- (- inv_pos_sector_1024_block_4096 offset)
             inv_failedBytes_sector_1024_block_4096))
       (or (not (not inv_someFailed_sector_1024_block_4096))
           (= inv_failedBytes_sector_1024_block_4096 0))
       a!10
       (<= offset inv_highestOkEnd_sector_1024_block_4096)
       (<= inv_highestOkEnd_sector_1024_block_4096
           inv_pos_sector_1024_block_4096)
       (or (not (not inv_someFailed_sector_1024_block_4096))
           (= inv_highestOkEnd_sector_1024_block_4096
              inv_pos_sector_1024_block_4096))
       a!11
       a!12
       (< inv_pos_sector_1024_block_4096 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-2048-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-2048-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_2048_block_4096 () Int)
(declare-fun newSize_sector_2048_block_4096 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_2048_block_4096 () Bool)
(declare-fun inv_clean_sector_2048_block_4096 () Bool)
(declare-fun inv_prefixEnd_sector_2048_block_4096 () Int)
(declare-fun inv_someFailed_sector_2048_block_4096 () Bool)
(declare-fun inv_failureArrived_sector_2048_block_4096 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_4096 () Int)
(declare-fun inv_highestOkEnd_sector_2048_block_4096 () Int)
(declare-fun inv_failedBytes_sector_2048_block_4096 () Int)
(declare-fun inv_okBytes_sector_2048_block_4096 () Int)
(declare-fun inv_lowestFailedStart_sector_2048_block_4096 () Int)
(declare-fun inv_anyFailed_sector_2048_block_4096 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_2048_block_4096)
                (< inv_prefixEnd_sector_2048_block_4096
                   inv_pos_sector_2048_block_4096)
                (or (= inv_prefixEnd_sector_2048_block_4096 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_2048_block_4096))))
      (a!10 (or (not inv_someFailed_sector_2048_block_4096)
                (and (< 0 inv_failedBytes_sector_2048_block_4096)
                     (<= inv_failedBytes_sector_2048_block_4096
                         (- inv_pos_sector_2048_block_4096
                            inv_prefixEnd_sector_2048_block_4096)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_2048_block_4096
               (- (ite (<= inv_prefixEnd_sector_2048_block_4096
                           inv_pos_sector_2048_block_4096)
                       inv_prefixEnd_sector_2048_block_4096
                       inv_pos_sector_2048_block_4096)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_2048_block_4096)
                         (<= newSize_sector_2048_block_4096
                             inv_prefixEnd_sector_2048_block_4096)))
                inv_clean_sector_2048_block_4096))
      (a!16 (<= offset
                (ite (and step_failed_sector_2048_block_4096
                          (not inv_someFailed_sector_2048_block_4096))
                     inv_pos_sector_2048_block_4096
                     inv_prefixEnd_sector_2048_block_4096)))
      (a!18 (= (ite (and step_failed_sector_2048_block_4096
                         (not inv_someFailed_sector_2048_block_4096))
                    inv_pos_sector_2048_block_4096
                    inv_prefixEnd_sector_2048_block_4096)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_2048_block_4096
                          (not inv_someFailed_sector_2048_block_4096))
                     inv_pos_sector_2048_block_4096
                     inv_prefixEnd_sector_2048_block_4096)))
      (a!20 (= (ite (and step_failed_sector_2048_block_4096
                         (< inv_pos_sector_2048_block_4096
                            inv_lowestFailedStart_sector_2048_block_4096))
                    inv_pos_sector_2048_block_4096
                    inv_lowestFailedStart_sector_2048_block_4096)
               (ite (and step_failed_sector_2048_block_4096
                         (not inv_someFailed_sector_2048_block_4096))
                    inv_pos_sector_2048_block_4096
                    inv_prefixEnd_sector_2048_block_4096)))
      (a!31 (<= newSize_sector_2048_block_4096
                (ite (and step_failed_sector_2048_block_4096
                          (not inv_someFailed_sector_2048_block_4096))
                     inv_pos_sector_2048_block_4096
                     inv_prefixEnd_sector_2048_block_4096))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!32 (not (or (not (or inv_someFailed_sector_2048_block_4096
                              step_failed_sector_2048_block_4096))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_2048_block_4096))
                 maxBioBytes
                 (- a!8 inv_pos_sector_2048_block_4096)))
      (a!14 (= (ite (and step_failed_sector_2048_block_4096
                         (not inv_someFailed_sector_2048_block_4096))
                    inv_pos_sector_2048_block_4096
                    inv_prefixEnd_sector_2048_block_4096)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_2048_block_4096
                              step_failed_sector_2048_block_4096)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_2048_block_4096
                         (not inv_someFailed_sector_2048_block_4096))
                    inv_pos_sector_2048_block_4096
                    inv_prefixEnd_sector_2048_block_4096)
               (+ inv_pos_sector_2048_block_4096 a!13)))
      (a!21 (+ inv_okBytes_sector_2048_block_4096
               (ite (not step_failed_sector_2048_block_4096)
                    (- (+ inv_pos_sector_2048_block_4096 a!13)
                       inv_pos_sector_2048_block_4096)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_2048_block_4096
                              step_failed_sector_2048_block_4096)))
                (= (+ inv_failedBytes_sector_2048_block_4096
                      (ite step_failed_sector_2048_block_4096 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_2048_block_4096 a!13)
               (ite (and step_failed_sector_2048_block_4096
                         (not inv_someFailed_sector_2048_block_4096))
                    inv_pos_sector_2048_block_4096
                    inv_prefixEnd_sector_2048_block_4096)))
      (a!26 (ite (and (not step_failed_sector_2048_block_4096)
                      (< inv_highestOkEnd_sector_2048_block_4096
                         (+ inv_pos_sector_2048_block_4096 a!13)))
                 (+ inv_pos_sector_2048_block_4096 a!13)
                 inv_highestOkEnd_sector_2048_block_4096))
      (a!28 (+ inv_okBytesBeforeFailure_sector_2048_block_4096
               (ite (not (or inv_failureArrived_sector_2048_block_4096
                             step_failed_sector_2048_block_4096))
                    (- (+ inv_pos_sector_2048_block_4096 a!13)
                       inv_pos_sector_2048_block_4096)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_2048_block_4096
                          (not inv_someFailed_sector_2048_block_4096))
                     inv_pos_sector_2048_block_4096
                     inv_prefixEnd_sector_2048_block_4096)
                (+ inv_pos_sector_2048_block_4096 a!13)))
      (a!33 (or (not step_failed_sector_2048_block_4096)
                (<= (+ inv_pos_sector_2048_block_4096 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_2048_block_4096
                    inv_pos_sector_2048_block_4096))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_2048_block_4096 a!13) offset)
                  (+ inv_failedBytes_sector_2048_block_4096
                     (ite step_failed_sector_2048_block_4096 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_2048_block_4096
                       (ite step_failed_sector_2048_block_4096 a!13 0)))
                 (<= (+ inv_failedBytes_sector_2048_block_4096
                        (ite step_failed_sector_2048_block_4096 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_2048_block_4096
                              step_failed_sector_2048_block_4096)))
                (= a!26 (+ inv_pos_sector_2048_block_4096 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_2048_block_4096
                           (not inv_someFailed_sector_2048_block_4096))
                      inv_pos_sector_2048_block_4096
                      inv_prefixEnd_sector_2048_block_4096)
                 (+ inv_pos_sector_2048_block_4096 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_2048_block_4096 a!13))
                 (<= (+ inv_pos_sector_2048_block_4096 a!13) a!8)
                 (or (= (+ inv_pos_sector_2048_block_4096 a!13) offset)
                     (= (+ inv_pos_sector_2048_block_4096 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_2048_block_4096 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_2048_block_4096
                              step_failed_sector_2048_block_4096))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_2048_block_4096
                        step_failed_sector_2048_block_4096)
                    (or inv_someFailed_sector_2048_block_4096
                        step_failed_sector_2048_block_4096))
                 (= (or inv_failureArrived_sector_2048_block_4096
                        step_failed_sector_2048_block_4096)
                    (or inv_someFailed_sector_2048_block_4096
                        step_failed_sector_2048_block_4096))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_2048_block_4096
                              step_failed_sector_2048_block_4096))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_2048_block_4096 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_2048_block_4096 a!33)))))
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
       (<= offset inv_pos_sector_2048_block_4096)
       (<= inv_pos_sector_2048_block_4096 a!8)
       (or (= inv_pos_sector_2048_block_4096 offset)
           (= inv_pos_sector_2048_block_4096 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_2048_block_4096))
       (or (not (not inv_someFailed_sector_2048_block_4096))
           (= inv_prefixEnd_sector_2048_block_4096 a!8))
       (or (not inv_someFailed_sector_2048_block_4096) a!9)
       (= inv_anyFailed_sector_2048_block_4096
          inv_someFailed_sector_2048_block_4096)
       (= inv_failureArrived_sector_2048_block_4096
          inv_someFailed_sector_2048_block_4096)
       (= inv_lowestFailedStart_sector_2048_block_4096
          inv_prefixEnd_sector_2048_block_4096)
       (= inv_okBytes_sector_2048_block_4096
          (- (- inv_pos_sector_2048_block_4096 offset)
             inv_failedBytes_sector_2048_block_4096))
       (or (not (not inv_someFailed_sector_2048_block_4096))
           (= inv_failedBytes_sector_2048_block_4096 0))
       a!10
       (<= offset inv_highestOkEnd_sector_2048_block_4096)
       (<= inv_highestOkEnd_sector_2048_block_4096
           inv_pos_sector_2048_block_4096)
       (or (not (not inv_someFailed_sector_2048_block_4096))
           (= inv_highestOkEnd_sector_2048_block_4096
              inv_pos_sector_2048_block_4096))
       a!11
       a!12
       (< inv_pos_sector_2048_block_4096 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-4096-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-4096-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_4096_block_4096 () Int)
(declare-fun newSize_sector_4096_block_4096 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_4096_block_4096 () Bool)
(declare-fun inv_clean_sector_4096_block_4096 () Bool)
(declare-fun inv_prefixEnd_sector_4096_block_4096 () Int)
(declare-fun inv_someFailed_sector_4096_block_4096 () Bool)
(declare-fun inv_failureArrived_sector_4096_block_4096 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_4096_block_4096 () Int)
(declare-fun inv_highestOkEnd_sector_4096_block_4096 () Int)
(declare-fun inv_failedBytes_sector_4096_block_4096 () Int)
(declare-fun inv_okBytes_sector_4096_block_4096 () Int)
(declare-fun inv_lowestFailedStart_sector_4096_block_4096 () Int)
(declare-fun inv_anyFailed_sector_4096_block_4096 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_4096_block_4096)
                (< inv_prefixEnd_sector_4096_block_4096
                   inv_pos_sector_4096_block_4096)
                (or (= inv_prefixEnd_sector_4096_block_4096 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_4096_block_4096))))
      (a!10 (or (not inv_someFailed_sector_4096_block_4096)
                (and (< 0 inv_failedBytes_sector_4096_block_4096)
                     (<= inv_failedBytes_sector_4096_block_4096
                         (- inv_pos_sector_4096_block_4096
                            inv_prefixEnd_sector_4096_block_4096)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_4096_block_4096
               (- (ite (<= inv_prefixEnd_sector_4096_block_4096
                           inv_pos_sector_4096_block_4096)
                       inv_prefixEnd_sector_4096_block_4096
                       inv_pos_sector_4096_block_4096)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_4096_block_4096)
                         (<= newSize_sector_4096_block_4096
                             inv_prefixEnd_sector_4096_block_4096)))
                inv_clean_sector_4096_block_4096))
      (a!16 (<= offset
                (ite (and step_failed_sector_4096_block_4096
                          (not inv_someFailed_sector_4096_block_4096))
                     inv_pos_sector_4096_block_4096
                     inv_prefixEnd_sector_4096_block_4096)))
      (a!18 (= (ite (and step_failed_sector_4096_block_4096
                         (not inv_someFailed_sector_4096_block_4096))
                    inv_pos_sector_4096_block_4096
                    inv_prefixEnd_sector_4096_block_4096)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_4096_block_4096
                          (not inv_someFailed_sector_4096_block_4096))
                     inv_pos_sector_4096_block_4096
                     inv_prefixEnd_sector_4096_block_4096)))
      (a!20 (= (ite (and step_failed_sector_4096_block_4096
                         (< inv_pos_sector_4096_block_4096
                            inv_lowestFailedStart_sector_4096_block_4096))
                    inv_pos_sector_4096_block_4096
                    inv_lowestFailedStart_sector_4096_block_4096)
               (ite (and step_failed_sector_4096_block_4096
                         (not inv_someFailed_sector_4096_block_4096))
                    inv_pos_sector_4096_block_4096
                    inv_prefixEnd_sector_4096_block_4096)))
      (a!31 (<= newSize_sector_4096_block_4096
                (ite (and step_failed_sector_4096_block_4096
                          (not inv_someFailed_sector_4096_block_4096))
                     inv_pos_sector_4096_block_4096
                     inv_prefixEnd_sector_4096_block_4096))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!32 (not (or (not (or inv_someFailed_sector_4096_block_4096
                              step_failed_sector_4096_block_4096))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_4096_block_4096))
                 maxBioBytes
                 (- a!8 inv_pos_sector_4096_block_4096)))
      (a!14 (= (ite (and step_failed_sector_4096_block_4096
                         (not inv_someFailed_sector_4096_block_4096))
                    inv_pos_sector_4096_block_4096
                    inv_prefixEnd_sector_4096_block_4096)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_4096_block_4096
                              step_failed_sector_4096_block_4096)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_4096_block_4096
                         (not inv_someFailed_sector_4096_block_4096))
                    inv_pos_sector_4096_block_4096
                    inv_prefixEnd_sector_4096_block_4096)
               (+ inv_pos_sector_4096_block_4096 a!13)))
      (a!21 (+ inv_okBytes_sector_4096_block_4096
               (ite (not step_failed_sector_4096_block_4096)
                    (- (+ inv_pos_sector_4096_block_4096 a!13)
                       inv_pos_sector_4096_block_4096)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_4096_block_4096
                              step_failed_sector_4096_block_4096)))
                (= (+ inv_failedBytes_sector_4096_block_4096
                      (ite step_failed_sector_4096_block_4096 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_4096_block_4096 a!13)
               (ite (and step_failed_sector_4096_block_4096
                         (not inv_someFailed_sector_4096_block_4096))
                    inv_pos_sector_4096_block_4096
                    inv_prefixEnd_sector_4096_block_4096)))
      (a!26 (ite (and (not step_failed_sector_4096_block_4096)
                      (< inv_highestOkEnd_sector_4096_block_4096
                         (+ inv_pos_sector_4096_block_4096 a!13)))
                 (+ inv_pos_sector_4096_block_4096 a!13)
                 inv_highestOkEnd_sector_4096_block_4096))
      (a!28 (+ inv_okBytesBeforeFailure_sector_4096_block_4096
               (ite (not (or inv_failureArrived_sector_4096_block_4096
                             step_failed_sector_4096_block_4096))
                    (- (+ inv_pos_sector_4096_block_4096 a!13)
                       inv_pos_sector_4096_block_4096)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_4096_block_4096
                          (not inv_someFailed_sector_4096_block_4096))
                     inv_pos_sector_4096_block_4096
                     inv_prefixEnd_sector_4096_block_4096)
                (+ inv_pos_sector_4096_block_4096 a!13)))
      (a!33 (or (not step_failed_sector_4096_block_4096)
                (<= (+ inv_pos_sector_4096_block_4096 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_4096_block_4096
                    inv_pos_sector_4096_block_4096))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_4096_block_4096 a!13) offset)
                  (+ inv_failedBytes_sector_4096_block_4096
                     (ite step_failed_sector_4096_block_4096 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_4096_block_4096
                       (ite step_failed_sector_4096_block_4096 a!13 0)))
                 (<= (+ inv_failedBytes_sector_4096_block_4096
                        (ite step_failed_sector_4096_block_4096 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_4096_block_4096
                              step_failed_sector_4096_block_4096)))
                (= a!26 (+ inv_pos_sector_4096_block_4096 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_4096_block_4096
                           (not inv_someFailed_sector_4096_block_4096))
                      inv_pos_sector_4096_block_4096
                      inv_prefixEnd_sector_4096_block_4096)
                 (+ inv_pos_sector_4096_block_4096 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_4096_block_4096 a!13))
                 (<= (+ inv_pos_sector_4096_block_4096 a!13) a!8)
                 (or (= (+ inv_pos_sector_4096_block_4096 a!13) offset)
                     (= (+ inv_pos_sector_4096_block_4096 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_4096_block_4096 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_4096_block_4096
                              step_failed_sector_4096_block_4096))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_4096_block_4096
                        step_failed_sector_4096_block_4096)
                    (or inv_someFailed_sector_4096_block_4096
                        step_failed_sector_4096_block_4096))
                 (= (or inv_failureArrived_sector_4096_block_4096
                        step_failed_sector_4096_block_4096)
                    (or inv_someFailed_sector_4096_block_4096
                        step_failed_sector_4096_block_4096))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_4096_block_4096
                              step_failed_sector_4096_block_4096))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_4096_block_4096 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_4096_block_4096 a!33)))))
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
       (<= offset inv_pos_sector_4096_block_4096)
       (<= inv_pos_sector_4096_block_4096 a!8)
       (or (= inv_pos_sector_4096_block_4096 offset)
           (= inv_pos_sector_4096_block_4096 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_4096_block_4096))
       (or (not (not inv_someFailed_sector_4096_block_4096))
           (= inv_prefixEnd_sector_4096_block_4096 a!8))
       (or (not inv_someFailed_sector_4096_block_4096) a!9)
       (= inv_anyFailed_sector_4096_block_4096
          inv_someFailed_sector_4096_block_4096)
       (= inv_failureArrived_sector_4096_block_4096
          inv_someFailed_sector_4096_block_4096)
       (= inv_lowestFailedStart_sector_4096_block_4096
          inv_prefixEnd_sector_4096_block_4096)
       (= inv_okBytes_sector_4096_block_4096
          (- (- inv_pos_sector_4096_block_4096 offset)
             inv_failedBytes_sector_4096_block_4096))
       (or (not (not inv_someFailed_sector_4096_block_4096))
           (= inv_failedBytes_sector_4096_block_4096 0))
       a!10
       (<= offset inv_highestOkEnd_sector_4096_block_4096)
       (<= inv_highestOkEnd_sector_4096_block_4096
           inv_pos_sector_4096_block_4096)
       (or (not (not inv_someFailed_sector_4096_block_4096))
           (= inv_highestOkEnd_sector_4096_block_4096
              inv_pos_sector_4096_block_4096))
       a!11
       a!12
       (< inv_pos_sector_4096_block_4096 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-512-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-512-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_512_block_8192 () Int)
(declare-fun newSize_sector_512_block_8192 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_512_block_8192 () Bool)
(declare-fun inv_clean_sector_512_block_8192 () Bool)
(declare-fun inv_prefixEnd_sector_512_block_8192 () Int)
(declare-fun inv_someFailed_sector_512_block_8192 () Bool)
(declare-fun inv_failureArrived_sector_512_block_8192 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_8192 () Int)
(declare-fun inv_highestOkEnd_sector_512_block_8192 () Int)
(declare-fun inv_failedBytes_sector_512_block_8192 () Int)
(declare-fun inv_okBytes_sector_512_block_8192 () Int)
(declare-fun inv_lowestFailedStart_sector_512_block_8192 () Int)
(declare-fun inv_anyFailed_sector_512_block_8192 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_512_block_8192)
                (< inv_prefixEnd_sector_512_block_8192
                   inv_pos_sector_512_block_8192)
                (or (= inv_prefixEnd_sector_512_block_8192 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_512_block_8192))))
      (a!10 (or (not inv_someFailed_sector_512_block_8192)
                (and (< 0 inv_failedBytes_sector_512_block_8192)
                     (<= inv_failedBytes_sector_512_block_8192
                         (- inv_pos_sector_512_block_8192
                            inv_prefixEnd_sector_512_block_8192)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_512_block_8192
               (- (ite (<= inv_prefixEnd_sector_512_block_8192
                           inv_pos_sector_512_block_8192)
                       inv_prefixEnd_sector_512_block_8192
                       inv_pos_sector_512_block_8192)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_512_block_8192)
                         (<= newSize_sector_512_block_8192
                             inv_prefixEnd_sector_512_block_8192)))
                inv_clean_sector_512_block_8192))
      (a!16 (<= offset
                (ite (and step_failed_sector_512_block_8192
                          (not inv_someFailed_sector_512_block_8192))
                     inv_pos_sector_512_block_8192
                     inv_prefixEnd_sector_512_block_8192)))
      (a!18 (= (ite (and step_failed_sector_512_block_8192
                         (not inv_someFailed_sector_512_block_8192))
                    inv_pos_sector_512_block_8192
                    inv_prefixEnd_sector_512_block_8192)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_512_block_8192
                          (not inv_someFailed_sector_512_block_8192))
                     inv_pos_sector_512_block_8192
                     inv_prefixEnd_sector_512_block_8192)))
      (a!20 (= (ite (and step_failed_sector_512_block_8192
                         (< inv_pos_sector_512_block_8192
                            inv_lowestFailedStart_sector_512_block_8192))
                    inv_pos_sector_512_block_8192
                    inv_lowestFailedStart_sector_512_block_8192)
               (ite (and step_failed_sector_512_block_8192
                         (not inv_someFailed_sector_512_block_8192))
                    inv_pos_sector_512_block_8192
                    inv_prefixEnd_sector_512_block_8192)))
      (a!31 (<= newSize_sector_512_block_8192
                (ite (and step_failed_sector_512_block_8192
                          (not inv_someFailed_sector_512_block_8192))
                     inv_pos_sector_512_block_8192
                     inv_prefixEnd_sector_512_block_8192))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192)))
      (a!32 (not (or (not (or inv_someFailed_sector_512_block_8192
                              step_failed_sector_512_block_8192))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_512_block_8192))
                 maxBioBytes
                 (- a!8 inv_pos_sector_512_block_8192)))
      (a!14 (= (ite (and step_failed_sector_512_block_8192
                         (not inv_someFailed_sector_512_block_8192))
                    inv_pos_sector_512_block_8192
                    inv_prefixEnd_sector_512_block_8192)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_512_block_8192
                              step_failed_sector_512_block_8192)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_512_block_8192
                         (not inv_someFailed_sector_512_block_8192))
                    inv_pos_sector_512_block_8192
                    inv_prefixEnd_sector_512_block_8192)
               (+ inv_pos_sector_512_block_8192 a!13)))
      (a!21 (+ inv_okBytes_sector_512_block_8192
               (ite (not step_failed_sector_512_block_8192)
                    (- (+ inv_pos_sector_512_block_8192 a!13)
                       inv_pos_sector_512_block_8192)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_512_block_8192
                              step_failed_sector_512_block_8192)))
                (= (+ inv_failedBytes_sector_512_block_8192
                      (ite step_failed_sector_512_block_8192 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_512_block_8192 a!13)
               (ite (and step_failed_sector_512_block_8192
                         (not inv_someFailed_sector_512_block_8192))
                    inv_pos_sector_512_block_8192
                    inv_prefixEnd_sector_512_block_8192)))
      (a!26 (ite (and (not step_failed_sector_512_block_8192)
                      (< inv_highestOkEnd_sector_512_block_8192
                         (+ inv_pos_sector_512_block_8192 a!13)))
                 (+ inv_pos_sector_512_block_8192 a!13)
                 inv_highestOkEnd_sector_512_block_8192))
      (a!28 (+ inv_okBytesBeforeFailure_sector_512_block_8192
               (ite (not (or inv_failureArrived_sector_512_block_8192
                             step_failed_sector_512_block_8192))
                    (- (+ inv_pos_sector_512_block_8192 a!13)
                       inv_pos_sector_512_block_8192)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_512_block_8192
                          (not inv_someFailed_sector_512_block_8192))
                     inv_pos_sector_512_block_8192
                     inv_prefixEnd_sector_512_block_8192)
                (+ inv_pos_sector_512_block_8192 a!13)))
      (a!33 (or (not step_failed_sector_512_block_8192)
                (<= (+ inv_pos_sector_512_block_8192 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_512_block_8192 inv_pos_sector_512_block_8192))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_512_block_8192 a!13) offset)
                  (+ inv_failedBytes_sector_512_block_8192
                     (ite step_failed_sector_512_block_8192 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_512_block_8192
                       (ite step_failed_sector_512_block_8192 a!13 0)))
                 (<= (+ inv_failedBytes_sector_512_block_8192
                        (ite step_failed_sector_512_block_8192 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_512_block_8192
                              step_failed_sector_512_block_8192)))
                (= a!26 (+ inv_pos_sector_512_block_8192 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_512_block_8192
                           (not inv_someFailed_sector_512_block_8192))
                      inv_pos_sector_512_block_8192
                      inv_prefixEnd_sector_512_block_8192)
                 (+ inv_pos_sector_512_block_8192 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_512_block_8192 a!13))
                 (<= (+ inv_pos_sector_512_block_8192 a!13) a!8)
                 (or (= (+ inv_pos_sector_512_block_8192 a!13) offset)
                     (= (+ inv_pos_sector_512_block_8192 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_512_block_8192 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_512_block_8192
                              step_failed_sector_512_block_8192))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_512_block_8192
                        step_failed_sector_512_block_8192)
                    (or inv_someFailed_sector_512_block_8192
                        step_failed_sector_512_block_8192))
                 (= (or inv_failureArrived_sector_512_block_8192
                        step_failed_sector_512_block_8192)
                    (or inv_someFailed_sector_512_block_8192
                        step_failed_sector_512_block_8192))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_512_block_8192
                              step_failed_sector_512_block_8192))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_512_block_8192 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_512_block_8192 a!33)))))
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
       (<= offset inv_pos_sector_512_block_8192)
       (<= inv_pos_sector_512_block_8192 a!8)
       (or (= inv_pos_sector_512_block_8192 offset)
           (= inv_pos_sector_512_block_8192 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_512_block_8192))
       (or (not (not inv_someFailed_sector_512_block_8192))
           (= inv_prefixEnd_sector_512_block_8192 a!8))
       (or (not inv_someFailed_sector_512_block_8192) a!9)
       (= inv_anyFailed_sector_512_block_8192
          inv_someFailed_sector_512_block_8192)
       (= inv_failureArrived_sector_512_block_8192
          inv_someFailed_sector_512_block_8192)
       (= inv_lowestFailedStart_sector_512_block_8192
          inv_prefixEnd_sector_512_block_8192)
       (= inv_okBytes_sector_512_block_8192
          (- (- inv_pos_sector_512_block_8192 offset)
             inv_failedBytes_sector_512_block_8192))
       (or (not (not inv_someFailed_sector_512_block_8192))
           (= inv_failedBytes_sector_512_block_8192 0))
       a!10
       (<= offset inv_highestOkEnd_sector_512_block_8192)
       (<= inv_highestOkEnd_sector_512_block_8192 inv_pos_sector_512_block_8192)
       (or (not (not inv_someFailed_sector_512_block_8192))
           (= inv_highestOkEnd_sector_512_block_8192
              inv_pos_sector_512_block_8192))
       a!11
       a!12
       (< inv_pos_sector_512_block_8192 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-1024-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-1024-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_1024_block_8192 () Int)
(declare-fun newSize_sector_1024_block_8192 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_1024_block_8192 () Bool)
(declare-fun inv_clean_sector_1024_block_8192 () Bool)
(declare-fun inv_prefixEnd_sector_1024_block_8192 () Int)
(declare-fun inv_someFailed_sector_1024_block_8192 () Bool)
(declare-fun inv_failureArrived_sector_1024_block_8192 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_8192 () Int)
(declare-fun inv_highestOkEnd_sector_1024_block_8192 () Int)
(declare-fun inv_failedBytes_sector_1024_block_8192 () Int)
(declare-fun inv_okBytes_sector_1024_block_8192 () Int)
(declare-fun inv_lowestFailedStart_sector_1024_block_8192 () Int)
(declare-fun inv_anyFailed_sector_1024_block_8192 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_1024_block_8192)
                (< inv_prefixEnd_sector_1024_block_8192
                   inv_pos_sector_1024_block_8192)
                (or (= inv_prefixEnd_sector_1024_block_8192 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_1024_block_8192))))
      (a!10 (or (not inv_someFailed_sector_1024_block_8192)
                (and (< 0 inv_failedBytes_sector_1024_block_8192)
                     (<= inv_failedBytes_sector_1024_block_8192
                         (- inv_pos_sector_1024_block_8192
                            inv_prefixEnd_sector_1024_block_8192)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_1024_block_8192
               (- (ite (<= inv_prefixEnd_sector_1024_block_8192
                           inv_pos_sector_1024_block_8192)
                       inv_prefixEnd_sector_1024_block_8192
                       inv_pos_sector_1024_block_8192)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_1024_block_8192)
                         (<= newSize_sector_1024_block_8192
                             inv_prefixEnd_sector_1024_block_8192)))
                inv_clean_sector_1024_block_8192))
      (a!16 (<= offset
                (ite (and step_failed_sector_1024_block_8192
                          (not inv_someFailed_sector_1024_block_8192))
                     inv_pos_sector_1024_block_8192
                     inv_prefixEnd_sector_1024_block_8192)))
      (a!18 (= (ite (and step_failed_sector_1024_block_8192
                         (not inv_someFailed_sector_1024_block_8192))
                    inv_pos_sector_1024_block_8192
                    inv_prefixEnd_sector_1024_block_8192)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_1024_block_8192
                          (not inv_someFailed_sector_1024_block_8192))
                     inv_pos_sector_1024_block_8192
                     inv_prefixEnd_sector_1024_block_8192)))
      (a!20 (= (ite (and step_failed_sector_1024_block_8192
                         (< inv_pos_sector_1024_block_8192
                            inv_lowestFailedStart_sector_1024_block_8192))
                    inv_pos_sector_1024_block_8192
                    inv_lowestFailedStart_sector_1024_block_8192)
               (ite (and step_failed_sector_1024_block_8192
                         (not inv_someFailed_sector_1024_block_8192))
                    inv_pos_sector_1024_block_8192
                    inv_prefixEnd_sector_1024_block_8192)))
      (a!31 (<= newSize_sector_1024_block_8192
                (ite (and step_failed_sector_1024_block_8192
                          (not inv_someFailed_sector_1024_block_8192))
                     inv_pos_sector_1024_block_8192
                     inv_prefixEnd_sector_1024_block_8192))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192)))
      (a!32 (not (or (not (or inv_someFailed_sector_1024_block_8192
                              step_failed_sector_1024_block_8192))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_1024_block_8192))
                 maxBioBytes
                 (- a!8 inv_pos_sector_1024_block_8192)))
      (a!14 (= (ite (and step_failed_sector_1024_block_8192
                         (not inv_someFailed_sector_1024_block_8192))
                    inv_pos_sector_1024_block_8192
                    inv_prefixEnd_sector_1024_block_8192)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_1024_block_8192
                              step_failed_sector_1024_block_8192)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_1024_block_8192
                         (not inv_someFailed_sector_1024_block_8192))
                    inv_pos_sector_1024_block_8192
                    inv_prefixEnd_sector_1024_block_8192)
               (+ inv_pos_sector_1024_block_8192 a!13)))
      (a!21 (+ inv_okBytes_sector_1024_block_8192
               (ite (not step_failed_sector_1024_block_8192)
                    (- (+ inv_pos_sector_1024_block_8192 a!13)
                       inv_pos_sector_1024_block_8192)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_1024_block_8192
                              step_failed_sector_1024_block_8192)))
                (= (+ inv_failedBytes_sector_1024_block_8192
                      (ite step_failed_sector_1024_block_8192 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_1024_block_8192 a!13)
               (ite (and step_failed_sector_1024_block_8192
                         (not inv_someFailed_sector_1024_block_8192))
                    inv_pos_sector_1024_block_8192
                    inv_prefixEnd_sector_1024_block_8192)))
      (a!26 (ite (and (not step_failed_sector_1024_block_8192)
                      (< inv_highestOkEnd_sector_1024_block_8192
                         (+ inv_pos_sector_1024_block_8192 a!13)))
                 (+ inv_pos_sector_1024_block_8192 a!13)
                 inv_highestOkEnd_sector_1024_block_8192))
      (a!28 (+ inv_okBytesBeforeFailure_sector_1024_block_8192
               (ite (not (or inv_failureArrived_sector_1024_block_8192
                             step_failed_sector_1024_block_8192))
                    (- (+ inv_pos_sector_1024_block_8192 a!13)
                       inv_pos_sector_1024_block_8192)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_1024_block_8192
                          (not inv_someFailed_sector_1024_block_8192))
                     inv_pos_sector_1024_block_8192
                     inv_prefixEnd_sector_1024_block_8192)
                (+ inv_pos_sector_1024_block_8192 a!13)))
      (a!33 (or (not step_failed_sector_1024_block_8192)
                (<= (+ inv_pos_sector_1024_block_8192 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_1024_block_8192
                    inv_pos_sector_1024_block_8192))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_1024_block_8192 a!13) offset)
                  (+ inv_failedBytes_sector_1024_block_8192
                     (ite step_failed_sector_1024_block_8192 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_1024_block_8192
                       (ite step_failed_sector_1024_block_8192 a!13 0)))
                 (<= (+ inv_failedBytes_sector_1024_block_8192
                        (ite step_failed_sector_1024_block_8192 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_1024_block_8192
                              step_failed_sector_1024_block_8192)))
                (= a!26 (+ inv_pos_sector_1024_block_8192 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_1024_block_8192
                           (not inv_someFailed_sector_1024_block_8192))
                      inv_pos_sector_1024_block_8192
                      inv_prefixEnd_sector_1024_block_8192)
                 (+ inv_pos_sector_1024_block_8192 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_1024_block_8192 a!13))
                 (<= (+ inv_pos_sector_1024_block_8192 a!13) a!8)
                 (or (= (+ inv_pos_sector_1024_block_8192 a!13) offset)
                     (= (+ inv_pos_sector_1024_block_8192 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_1024_block_8192 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_1024_block_8192
                              step_failed_sector_1024_block_8192))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_1024_block_8192
                        step_failed_sector_1024_block_8192)
                    (or inv_someFailed_sector_1024_block_8192
                        step_failed_sector_1024_block_8192))
                 (= (or inv_failureArrived_sector_1024_block_8192
                        step_failed_sector_1024_block_8192)
                    (or inv_someFailed_sector_1024_block_8192
                        step_failed_sector_1024_block_8192))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_1024_block_8192
                              step_failed_sector_1024_block_8192))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_1024_block_8192 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_1024_block_8192 a!33)))))
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
       (<= offset inv_pos_sector_1024_block_8192)
       (<= inv_pos_sector_1024_block_8192 a!8)
       (or (= inv_pos_sector_1024_block_8192 offset)
           (= inv_pos_sector_1024_block_8192 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_1024_block_8192))
       (or (not (not inv_someFailed_sector_1024_block_8192))
           (= inv_prefixEnd_sector_1024_block_8192 a!8))
       (or (not inv_someFailed_sector_1024_block_8192) a!9)
       (= inv_anyFailed_sector_1024_block_8192
          inv_someFailed_sector_1024_block_8192)
       (= inv_failureArrived_sector_1024_block_8192
          inv_someFailed_sector_1024_block_8192)
       (= inv_lowestFailedStart_sector_1024_block_8192
          inv_prefixEnd_sector_1024_block_8192)
       (= inv_okBytes_sector_1024_block_8192
          (- (- inv_pos_sector_1024_block_8192 offset)
             inv_failedBytes_sector_1024_block_8192))
       (or (not (not inv_someFailed_sector_1024_block_8192))
           (= inv_failedBytes_sector_1024_block_8192 0))
       a!10
       (<= offset inv_highestOkEnd_sector_1024_block_8192)
       (<= inv_highestOkEnd_sector_1024_block_8192
           inv_pos_sector_1024_block_8192)
       (or (not (not inv_someFailed_sector_1024_block_8192))
           (= inv_highestOkEnd_sector_1024_block_8192
              inv_pos_sector_1024_block_8192))
       a!11
       a!12
       (< inv_pos_sector_1024_block_8192 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-2048-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-2048-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_2048_block_8192 () Int)
(declare-fun newSize_sector_2048_block_8192 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_2048_block_8192 () Bool)
(declare-fun inv_clean_sector_2048_block_8192 () Bool)
(declare-fun inv_prefixEnd_sector_2048_block_8192 () Int)
(declare-fun inv_someFailed_sector_2048_block_8192 () Bool)
(declare-fun inv_failureArrived_sector_2048_block_8192 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_8192 () Int)
(declare-fun inv_highestOkEnd_sector_2048_block_8192 () Int)
(declare-fun inv_failedBytes_sector_2048_block_8192 () Int)
(declare-fun inv_okBytes_sector_2048_block_8192 () Int)
(declare-fun inv_lowestFailedStart_sector_2048_block_8192 () Int)
(declare-fun inv_anyFailed_sector_2048_block_8192 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_2048_block_8192)
                (< inv_prefixEnd_sector_2048_block_8192
                   inv_pos_sector_2048_block_8192)
                (or (= inv_prefixEnd_sector_2048_block_8192 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_2048_block_8192))))
      (a!10 (or (not inv_someFailed_sector_2048_block_8192)
                (and (< 0 inv_failedBytes_sector_2048_block_8192)
                     (<= inv_failedBytes_sector_2048_block_8192
                         (- inv_pos_sector_2048_block_8192
                            inv_prefixEnd_sector_2048_block_8192)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_2048_block_8192
               (- (ite (<= inv_prefixEnd_sector_2048_block_8192
                           inv_pos_sector_2048_block_8192)
                       inv_prefixEnd_sector_2048_block_8192
                       inv_pos_sector_2048_block_8192)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_2048_block_8192)
                         (<= newSize_sector_2048_block_8192
                             inv_prefixEnd_sector_2048_block_8192)))
                inv_clean_sector_2048_block_8192))
      (a!16 (<= offset
                (ite (and step_failed_sector_2048_block_8192
                          (not inv_someFailed_sector_2048_block_8192))
                     inv_pos_sector_2048_block_8192
                     inv_prefixEnd_sector_2048_block_8192)))
      (a!18 (= (ite (and step_failed_sector_2048_block_8192
                         (not inv_someFailed_sector_2048_block_8192))
                    inv_pos_sector_2048_block_8192
                    inv_prefixEnd_sector_2048_block_8192)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_2048_block_8192
                          (not inv_someFailed_sector_2048_block_8192))
                     inv_pos_sector_2048_block_8192
                     inv_prefixEnd_sector_2048_block_8192)))
      (a!20 (= (ite (and step_failed_sector_2048_block_8192
                         (< inv_pos_sector_2048_block_8192
                            inv_lowestFailedStart_sector_2048_block_8192))
                    inv_pos_sector_2048_block_8192
                    inv_lowestFailedStart_sector_2048_block_8192)
               (ite (and step_failed_sector_2048_block_8192
                         (not inv_someFailed_sector_2048_block_8192))
                    inv_pos_sector_2048_block_8192
                    inv_prefixEnd_sector_2048_block_8192)))
      (a!31 (<= newSize_sector_2048_block_8192
                (ite (and step_failed_sector_2048_block_8192
                          (not inv_someFailed_sector_2048_block_8192))
                     inv_pos_sector_2048_block_8192
                     inv_prefixEnd_sector_2048_block_8192))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192)))
      (a!32 (not (or (not (or inv_someFailed_sector_2048_block_8192
                              step_failed_sector_2048_block_8192))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_2048_block_8192))
                 maxBioBytes
                 (- a!8 inv_pos_sector_2048_block_8192)))
      (a!14 (= (ite (and step_failed_sector_2048_block_8192
                         (not inv_someFailed_sector_2048_block_8192))
                    inv_pos_sector_2048_block_8192
                    inv_prefixEnd_sector_2048_block_8192)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_2048_block_8192
                              step_failed_sector_2048_block_8192)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_2048_block_8192
                         (not inv_someFailed_sector_2048_block_8192))
                    inv_pos_sector_2048_block_8192
                    inv_prefixEnd_sector_2048_block_8192)
               (+ inv_pos_sector_2048_block_8192 a!13)))
      (a!21 (+ inv_okBytes_sector_2048_block_8192
               (ite (not step_failed_sector_2048_block_8192)
                    (- (+ inv_pos_sector_2048_block_8192 a!13)
                       inv_pos_sector_2048_block_8192)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_2048_block_8192
                              step_failed_sector_2048_block_8192)))
                (= (+ inv_failedBytes_sector_2048_block_8192
                      (ite step_failed_sector_2048_block_8192 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_2048_block_8192 a!13)
               (ite (and step_failed_sector_2048_block_8192
                         (not inv_someFailed_sector_2048_block_8192))
                    inv_pos_sector_2048_block_8192
                    inv_prefixEnd_sector_2048_block_8192)))
      (a!26 (ite (and (not step_failed_sector_2048_block_8192)
                      (< inv_highestOkEnd_sector_2048_block_8192
                         (+ inv_pos_sector_2048_block_8192 a!13)))
                 (+ inv_pos_sector_2048_block_8192 a!13)
                 inv_highestOkEnd_sector_2048_block_8192))
      (a!28 (+ inv_okBytesBeforeFailure_sector_2048_block_8192
               (ite (not (or inv_failureArrived_sector_2048_block_8192
                             step_failed_sector_2048_block_8192))
                    (- (+ inv_pos_sector_2048_block_8192 a!13)
                       inv_pos_sector_2048_block_8192)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_2048_block_8192
                          (not inv_someFailed_sector_2048_block_8192))
                     inv_pos_sector_2048_block_8192
                     inv_prefixEnd_sector_2048_block_8192)
                (+ inv_pos_sector_2048_block_8192 a!13)))
      (a!33 (or (not step_failed_sector_2048_block_8192)
                (<= (+ inv_pos_sector_2048_block_8192 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_2048_block_8192
                    inv_pos_sector_2048_block_8192))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_2048_block_8192 a!13) offset)
                  (+ inv_failedBytes_sector_2048_block_8192
                     (ite step_failed_sector_2048_block_8192 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_2048_block_8192
                       (ite step_failed_sector_2048_block_8192 a!13 0)))
                 (<= (+ inv_failedBytes_sector_2048_block_8192
                        (ite step_failed_sector_2048_block_8192 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_2048_block_8192
                              step_failed_sector_2048_block_8192)))
                (= a!26 (+ inv_pos_sector_2048_block_8192 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_2048_block_8192
                           (not inv_someFailed_sector_2048_block_8192))
                      inv_pos_sector_2048_block_8192
                      inv_prefixEnd_sector_2048_block_8192)
                 (+ inv_pos_sector_2048_block_8192 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_2048_block_8192 a!13))
                 (<= (+ inv_pos_sector_2048_block_8192 a!13) a!8)
                 (or (= (+ inv_pos_sector_2048_block_8192 a!13) offset)
                     (= (+ inv_pos_sector_2048_block_8192 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_2048_block_8192 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_2048_block_8192
                              step_failed_sector_2048_block_8192))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_2048_block_8192
                        step_failed_sector_2048_block_8192)
                    (or inv_someFailed_sector_2048_block_8192
                        step_failed_sector_2048_block_8192))
                 (= (or inv_failureArrived_sector_2048_block_8192
                        step_failed_sector_2048_block_8192)
                    (or inv_someFailed_sector_2048_block_8192
                        step_failed_sector_2048_block_8192))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_2048_block_8192
                              step_failed_sector_2048_block_8192))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_2048_block_8192 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_2048_block_8192 a!33)))))
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
       (<= offset inv_pos_sector_2048_block_8192)
       (<= inv_pos_sector_2048_block_8192 a!8)
       (or (= inv_pos_sector_2048_block_8192 offset)
           (= inv_pos_sector_2048_block_8192 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_2048_block_8192))
       (or (not (not inv_someFailed_sector_2048_block_8192))
           (= inv_prefixEnd_sector_2048_block_8192 a!8))
       (or (not inv_someFailed_sector_2048_block_8192) a!9)
       (= inv_anyFailed_sector_2048_block_8192
          inv_someFailed_sector_2048_block_8192)
       (= inv_failureArrived_sector_2048_block_8192
          inv_someFailed_sector_2048_block_8192)
       (= inv_lowestFailedStart_sector_2048_block_8192
          inv_prefixEnd_sector_2048_block_8192)
       (= inv_okBytes_sector_2048_block_8192
          (- (- inv_pos_sector_2048_block_8192 offset)
             inv_failedBytes_sector_2048_block_8192))
       (or (not (not inv_someFailed_sector_2048_block_8192))
           (= inv_failedBytes_sector_2048_block_8192 0))
       a!10
       (<= offset inv_highestOkEnd_sector_2048_block_8192)
       (<= inv_highestOkEnd_sector_2048_block_8192
           inv_pos_sector_2048_block_8192)
       (or (not (not inv_someFailed_sector_2048_block_8192))
           (= inv_highestOkEnd_sector_2048_block_8192
              inv_pos_sector_2048_block_8192))
       a!11
       a!12
       (< inv_pos_sector_2048_block_8192 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-4096-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-4096-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_4096_block_8192 () Int)
(declare-fun newSize_sector_4096_block_8192 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_4096_block_8192 () Bool)
(declare-fun inv_clean_sector_4096_block_8192 () Bool)
(declare-fun inv_prefixEnd_sector_4096_block_8192 () Int)
(declare-fun inv_someFailed_sector_4096_block_8192 () Bool)
(declare-fun inv_failureArrived_sector_4096_block_8192 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_4096_block_8192 () Int)
(declare-fun inv_highestOkEnd_sector_4096_block_8192 () Int)
(declare-fun inv_failedBytes_sector_4096_block_8192 () Int)
(declare-fun inv_okBytes_sector_4096_block_8192 () Int)
(declare-fun inv_lowestFailedStart_sector_4096_block_8192 () Int)
(declare-fun inv_anyFailed_sector_4096_block_8192 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_4096_block_8192)
                (< inv_prefixEnd_sector_4096_block_8192
                   inv_pos_sector_4096_block_8192)
                (or (= inv_prefixEnd_sector_4096_block_8192 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_4096_block_8192))))
      (a!10 (or (not inv_someFailed_sector_4096_block_8192)
                (and (< 0 inv_failedBytes_sector_4096_block_8192)
                     (<= inv_failedBytes_sector_4096_block_8192
                         (- inv_pos_sector_4096_block_8192
                            inv_prefixEnd_sector_4096_block_8192)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_4096_block_8192
               (- (ite (<= inv_prefixEnd_sector_4096_block_8192
                           inv_pos_sector_4096_block_8192)
                       inv_prefixEnd_sector_4096_block_8192
                       inv_pos_sector_4096_block_8192)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_4096_block_8192)
                         (<= newSize_sector_4096_block_8192
                             inv_prefixEnd_sector_4096_block_8192)))
                inv_clean_sector_4096_block_8192))
      (a!16 (<= offset
                (ite (and step_failed_sector_4096_block_8192
                          (not inv_someFailed_sector_4096_block_8192))
                     inv_pos_sector_4096_block_8192
                     inv_prefixEnd_sector_4096_block_8192)))
      (a!18 (= (ite (and step_failed_sector_4096_block_8192
                         (not inv_someFailed_sector_4096_block_8192))
                    inv_pos_sector_4096_block_8192
                    inv_prefixEnd_sector_4096_block_8192)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_4096_block_8192
                          (not inv_someFailed_sector_4096_block_8192))
                     inv_pos_sector_4096_block_8192
                     inv_prefixEnd_sector_4096_block_8192)))
      (a!20 (= (ite (and step_failed_sector_4096_block_8192
                         (< inv_pos_sector_4096_block_8192
                            inv_lowestFailedStart_sector_4096_block_8192))
                    inv_pos_sector_4096_block_8192
                    inv_lowestFailedStart_sector_4096_block_8192)
               (ite (and step_failed_sector_4096_block_8192
                         (not inv_someFailed_sector_4096_block_8192))
                    inv_pos_sector_4096_block_8192
                    inv_prefixEnd_sector_4096_block_8192)))
      (a!31 (<= newSize_sector_4096_block_8192
                (ite (and step_failed_sector_4096_block_8192
                          (not inv_someFailed_sector_4096_block_8192))
                     inv_pos_sector_4096_block_8192
                     inv_prefixEnd_sector_4096_block_8192))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192)))
      (a!32 (not (or (not (or inv_someFailed_sector_4096_block_8192
                              step_failed_sector_4096_block_8192))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_4096_block_8192))
                 maxBioBytes
                 (- a!8 inv_pos_sector_4096_block_8192)))
      (a!14 (= (ite (and step_failed_sector_4096_block_8192
                         (not inv_someFailed_sector_4096_block_8192))
                    inv_pos_sector_4096_block_8192
                    inv_prefixEnd_sector_4096_block_8192)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_4096_block_8192
                              step_failed_sector_4096_block_8192)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_4096_block_8192
                         (not inv_someFailed_sector_4096_block_8192))
                    inv_pos_sector_4096_block_8192
                    inv_prefixEnd_sector_4096_block_8192)
               (+ inv_pos_sector_4096_block_8192 a!13)))
      (a!21 (+ inv_okBytes_sector_4096_block_8192
               (ite (not step_failed_sector_4096_block_8192)
                    (- (+ inv_pos_sector_4096_block_8192 a!13)
                       inv_pos_sector_4096_block_8192)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_4096_block_8192
                              step_failed_sector_4096_block_8192)))
                (= (+ inv_failedBytes_sector_4096_block_8192
                      (ite step_failed_sector_4096_block_8192 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_4096_block_8192 a!13)
               (ite (and step_failed_sector_4096_block_8192
                         (not inv_someFailed_sector_4096_block_8192))
                    inv_pos_sector_4096_block_8192
                    inv_prefixEnd_sector_4096_block_8192)))
      (a!26 (ite (and (not step_failed_sector_4096_block_8192)
                      (< inv_highestOkEnd_sector_4096_block_8192
                         (+ inv_pos_sector_4096_block_8192 a!13)))
                 (+ inv_pos_sector_4096_block_8192 a!13)
                 inv_highestOkEnd_sector_4096_block_8192))
      (a!28 (+ inv_okBytesBeforeFailure_sector_4096_block_8192
               (ite (not (or inv_failureArrived_sector_4096_block_8192
                             step_failed_sector_4096_block_8192))
                    (- (+ inv_pos_sector_4096_block_8192 a!13)
                       inv_pos_sector_4096_block_8192)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_4096_block_8192
                          (not inv_someFailed_sector_4096_block_8192))
                     inv_pos_sector_4096_block_8192
                     inv_prefixEnd_sector_4096_block_8192)
                (+ inv_pos_sector_4096_block_8192 a!13)))
      (a!33 (or (not step_failed_sector_4096_block_8192)
                (<= (+ inv_pos_sector_4096_block_8192 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_4096_block_8192
                    inv_pos_sector_4096_block_8192))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_4096_block_8192 a!13) offset)
                  (+ inv_failedBytes_sector_4096_block_8192
                     (ite step_failed_sector_4096_block_8192 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_4096_block_8192
                       (ite step_failed_sector_4096_block_8192 a!13 0)))
                 (<= (+ inv_failedBytes_sector_4096_block_8192
                        (ite step_failed_sector_4096_block_8192 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_4096_block_8192
                              step_failed_sector_4096_block_8192)))
                (= a!26 (+ inv_pos_sector_4096_block_8192 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_4096_block_8192
                           (not inv_someFailed_sector_4096_block_8192))
                      inv_pos_sector_4096_block_8192
                      inv_prefixEnd_sector_4096_block_8192)
                 (+ inv_pos_sector_4096_block_8192 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_4096_block_8192 a!13))
                 (<= (+ inv_pos_sector_4096_block_8192 a!13) a!8)
                 (or (= (+ inv_pos_sector_4096_block_8192 a!13) offset)
                     (= (+ inv_pos_sector_4096_block_8192 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_4096_block_8192 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_4096_block_8192
                              step_failed_sector_4096_block_8192))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_4096_block_8192
                        step_failed_sector_4096_block_8192)
                    (or inv_someFailed_sector_4096_block_8192
                        step_failed_sector_4096_block_8192))
                 (= (or inv_failureArrived_sector_4096_block_8192
                        step_failed_sector_4096_block_8192)
                    (or inv_someFailed_sector_4096_block_8192
                        step_failed_sector_4096_block_8192))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_4096_block_8192
                              step_failed_sector_4096_block_8192))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_4096_block_8192 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_4096_block_8192 a!33)))))
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
       (<= offset inv_pos_sector_4096_block_8192)
       (<= inv_pos_sector_4096_block_8192 a!8)
       (or (= inv_pos_sector_4096_block_8192 offset)
           (= inv_pos_sector_4096_block_8192 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_4096_block_8192))
       (or (not (not inv_someFailed_sector_4096_block_8192))
           (= inv_prefixEnd_sector_4096_block_8192 a!8))
       (or (not inv_someFailed_sector_4096_block_8192) a!9)
       (= inv_anyFailed_sector_4096_block_8192
          inv_someFailed_sector_4096_block_8192)
       (= inv_failureArrived_sector_4096_block_8192
          inv_someFailed_sector_4096_block_8192)
       (= inv_lowestFailedStart_sector_4096_block_8192
          inv_prefixEnd_sector_4096_block_8192)
       (= inv_okBytes_sector_4096_block_8192
          (- (- inv_pos_sector_4096_block_8192 offset)
             inv_failedBytes_sector_4096_block_8192))
       (or (not (not inv_someFailed_sector_4096_block_8192))
           (= inv_failedBytes_sector_4096_block_8192 0))
       a!10
       (<= offset inv_highestOkEnd_sector_4096_block_8192)
       (<= inv_highestOkEnd_sector_4096_block_8192
           inv_pos_sector_4096_block_8192)
       (or (not (not inv_someFailed_sector_4096_block_8192))
           (= inv_highestOkEnd_sector_4096_block_8192
              inv_pos_sector_4096_block_8192))
       a!11
       a!12
       (< inv_pos_sector_4096_block_8192 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-8192-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-8192-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_8192_block_8192 () Int)
(declare-fun newSize_sector_8192_block_8192 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_8192_block_8192 () Bool)
(declare-fun inv_clean_sector_8192_block_8192 () Bool)
(declare-fun inv_prefixEnd_sector_8192_block_8192 () Int)
(declare-fun inv_someFailed_sector_8192_block_8192 () Bool)
(declare-fun inv_failureArrived_sector_8192_block_8192 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_8192_block_8192 () Int)
(declare-fun inv_highestOkEnd_sector_8192_block_8192 () Int)
(declare-fun inv_failedBytes_sector_8192_block_8192 () Int)
(declare-fun inv_okBytes_sector_8192_block_8192 () Int)
(declare-fun inv_lowestFailedStart_sector_8192_block_8192 () Int)
(declare-fun inv_anyFailed_sector_8192_block_8192 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_8192_block_8192)
                (< inv_prefixEnd_sector_8192_block_8192
                   inv_pos_sector_8192_block_8192)
                (or (= inv_prefixEnd_sector_8192_block_8192 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_8192_block_8192))))
      (a!10 (or (not inv_someFailed_sector_8192_block_8192)
                (and (< 0 inv_failedBytes_sector_8192_block_8192)
                     (<= inv_failedBytes_sector_8192_block_8192
                         (- inv_pos_sector_8192_block_8192
                            inv_prefixEnd_sector_8192_block_8192)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_8192_block_8192
               (- (ite (<= inv_prefixEnd_sector_8192_block_8192
                           inv_pos_sector_8192_block_8192)
                       inv_prefixEnd_sector_8192_block_8192
                       inv_pos_sector_8192_block_8192)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_8192_block_8192)
                         (<= newSize_sector_8192_block_8192
                             inv_prefixEnd_sector_8192_block_8192)))
                inv_clean_sector_8192_block_8192))
      (a!16 (<= offset
                (ite (and step_failed_sector_8192_block_8192
                          (not inv_someFailed_sector_8192_block_8192))
                     inv_pos_sector_8192_block_8192
                     inv_prefixEnd_sector_8192_block_8192)))
      (a!18 (= (ite (and step_failed_sector_8192_block_8192
                         (not inv_someFailed_sector_8192_block_8192))
                    inv_pos_sector_8192_block_8192
                    inv_prefixEnd_sector_8192_block_8192)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_8192_block_8192
                          (not inv_someFailed_sector_8192_block_8192))
                     inv_pos_sector_8192_block_8192
                     inv_prefixEnd_sector_8192_block_8192)))
      (a!20 (= (ite (and step_failed_sector_8192_block_8192
                         (< inv_pos_sector_8192_block_8192
                            inv_lowestFailedStart_sector_8192_block_8192))
                    inv_pos_sector_8192_block_8192
                    inv_lowestFailedStart_sector_8192_block_8192)
               (ite (and step_failed_sector_8192_block_8192
                         (not inv_someFailed_sector_8192_block_8192))
                    inv_pos_sector_8192_block_8192
                    inv_prefixEnd_sector_8192_block_8192)))
      (a!31 (<= newSize_sector_8192_block_8192
                (ite (and step_failed_sector_8192_block_8192
                          (not inv_someFailed_sector_8192_block_8192))
                     inv_pos_sector_8192_block_8192
                     inv_prefixEnd_sector_8192_block_8192))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192)))
      (a!32 (not (or (not (or inv_someFailed_sector_8192_block_8192
                              step_failed_sector_8192_block_8192))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_8192_block_8192))
                 maxBioBytes
                 (- a!8 inv_pos_sector_8192_block_8192)))
      (a!14 (= (ite (and step_failed_sector_8192_block_8192
                         (not inv_someFailed_sector_8192_block_8192))
                    inv_pos_sector_8192_block_8192
                    inv_prefixEnd_sector_8192_block_8192)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_8192_block_8192
                              step_failed_sector_8192_block_8192)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_8192_block_8192
                         (not inv_someFailed_sector_8192_block_8192))
                    inv_pos_sector_8192_block_8192
                    inv_prefixEnd_sector_8192_block_8192)
               (+ inv_pos_sector_8192_block_8192 a!13)))
      (a!21 (+ inv_okBytes_sector_8192_block_8192
               (ite (not step_failed_sector_8192_block_8192)
                    (- (+ inv_pos_sector_8192_block_8192 a!13)
                       inv_pos_sector_8192_block_8192)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_8192_block_8192
                              step_failed_sector_8192_block_8192)))
                (= (+ inv_failedBytes_sector_8192_block_8192
                      (ite step_failed_sector_8192_block_8192 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_8192_block_8192 a!13)
               (ite (and step_failed_sector_8192_block_8192
                         (not inv_someFailed_sector_8192_block_8192))
                    inv_pos_sector_8192_block_8192
                    inv_prefixEnd_sector_8192_block_8192)))
      (a!26 (ite (and (not step_failed_sector_8192_block_8192)
                      (< inv_highestOkEnd_sector_8192_block_8192
                         (+ inv_pos_sector_8192_block_8192 a!13)))
                 (+ inv_pos_sector_8192_block_8192 a!13)
                 inv_highestOkEnd_sector_8192_block_8192))
      (a!28 (+ inv_okBytesBeforeFailure_sector_8192_block_8192
               (ite (not (or inv_failureArrived_sector_8192_block_8192
                             step_failed_sector_8192_block_8192))
                    (- (+ inv_pos_sector_8192_block_8192 a!13)
                       inv_pos_sector_8192_block_8192)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_8192_block_8192
                          (not inv_someFailed_sector_8192_block_8192))
                     inv_pos_sector_8192_block_8192
                     inv_prefixEnd_sector_8192_block_8192)
                (+ inv_pos_sector_8192_block_8192 a!13)))
      (a!33 (or (not step_failed_sector_8192_block_8192)
                (<= (+ inv_pos_sector_8192_block_8192 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_8192_block_8192
                    inv_pos_sector_8192_block_8192))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_8192_block_8192 a!13) offset)
                  (+ inv_failedBytes_sector_8192_block_8192
                     (ite step_failed_sector_8192_block_8192 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_8192_block_8192
                       (ite step_failed_sector_8192_block_8192 a!13 0)))
                 (<= (+ inv_failedBytes_sector_8192_block_8192
                        (ite step_failed_sector_8192_block_8192 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_8192_block_8192
                              step_failed_sector_8192_block_8192)))
                (= a!26 (+ inv_pos_sector_8192_block_8192 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_8192_block_8192
                           (not inv_someFailed_sector_8192_block_8192))
                      inv_pos_sector_8192_block_8192
                      inv_prefixEnd_sector_8192_block_8192)
                 (+ inv_pos_sector_8192_block_8192 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_8192_block_8192 a!13))
                 (<= (+ inv_pos_sector_8192_block_8192 a!13) a!8)
                 (or (= (+ inv_pos_sector_8192_block_8192 a!13) offset)
                     (= (+ inv_pos_sector_8192_block_8192 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_8192_block_8192 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_8192_block_8192
                              step_failed_sector_8192_block_8192))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_8192_block_8192
                        step_failed_sector_8192_block_8192)
                    (or inv_someFailed_sector_8192_block_8192
                        step_failed_sector_8192_block_8192))
                 (= (or inv_failureArrived_sector_8192_block_8192
                        step_failed_sector_8192_block_8192)
                    (or inv_someFailed_sector_8192_block_8192
                        step_failed_sector_8192_block_8192))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_8192_block_8192
                              step_failed_sector_8192_block_8192))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_8192_block_8192 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_8192_block_8192 a!33)))))
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
       (<= offset inv_pos_sector_8192_block_8192)
       (<= inv_pos_sector_8192_block_8192 a!8)
       (or (= inv_pos_sector_8192_block_8192 offset)
           (= inv_pos_sector_8192_block_8192 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_8192_block_8192))
       (or (not (not inv_someFailed_sector_8192_block_8192))
           (= inv_prefixEnd_sector_8192_block_8192 a!8))
       (or (not inv_someFailed_sector_8192_block_8192) a!9)
       (= inv_anyFailed_sector_8192_block_8192
          inv_someFailed_sector_8192_block_8192)
       (= inv_failureArrived_sector_8192_block_8192
          inv_someFailed_sector_8192_block_8192)
       (= inv_lowestFailedStart_sector_8192_block_8192
          inv_prefixEnd_sector_8192_block_8192)
       (= inv_okBytes_sector_8192_block_8192
          (- (- inv_pos_sector_8192_block_8192 offset)
             inv_failedBytes_sector_8192_block_8192))
       (or (not (not inv_someFailed_sector_8192_block_8192))
           (= inv_failedBytes_sector_8192_block_8192 0))
       a!10
       (<= offset inv_highestOkEnd_sector_8192_block_8192)
       (<= inv_highestOkEnd_sector_8192_block_8192
           inv_pos_sector_8192_block_8192)
       (or (not (not inv_someFailed_sector_8192_block_8192))
           (= inv_highestOkEnd_sector_8192_block_8192
              inv_pos_sector_8192_block_8192))
       a!11
       a!12
       (< inv_pos_sector_8192_block_8192 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-512-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-512-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_512_block_16384 () Int)
(declare-fun newSize_sector_512_block_16384 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_512_block_16384 () Bool)
(declare-fun inv_clean_sector_512_block_16384 () Bool)
(declare-fun inv_prefixEnd_sector_512_block_16384 () Int)
(declare-fun inv_someFailed_sector_512_block_16384 () Bool)
(declare-fun inv_failureArrived_sector_512_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_16384 () Int)
(declare-fun inv_highestOkEnd_sector_512_block_16384 () Int)
(declare-fun inv_failedBytes_sector_512_block_16384 () Int)
(declare-fun inv_okBytes_sector_512_block_16384 () Int)
(declare-fun inv_lowestFailedStart_sector_512_block_16384 () Int)
(declare-fun inv_anyFailed_sector_512_block_16384 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_512_block_16384)
                (< inv_prefixEnd_sector_512_block_16384
                   inv_pos_sector_512_block_16384)
                (or (= inv_prefixEnd_sector_512_block_16384 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_512_block_16384))))
      (a!10 (or (not inv_someFailed_sector_512_block_16384)
                (and (< 0 inv_failedBytes_sector_512_block_16384)
                     (<= inv_failedBytes_sector_512_block_16384
                         (- inv_pos_sector_512_block_16384
                            inv_prefixEnd_sector_512_block_16384)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_512_block_16384
               (- (ite (<= inv_prefixEnd_sector_512_block_16384
                           inv_pos_sector_512_block_16384)
                       inv_prefixEnd_sector_512_block_16384
                       inv_pos_sector_512_block_16384)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_512_block_16384)
                         (<= newSize_sector_512_block_16384
                             inv_prefixEnd_sector_512_block_16384)))
                inv_clean_sector_512_block_16384))
      (a!16 (<= offset
                (ite (and step_failed_sector_512_block_16384
                          (not inv_someFailed_sector_512_block_16384))
                     inv_pos_sector_512_block_16384
                     inv_prefixEnd_sector_512_block_16384)))
      (a!18 (= (ite (and step_failed_sector_512_block_16384
                         (not inv_someFailed_sector_512_block_16384))
                    inv_pos_sector_512_block_16384
                    inv_prefixEnd_sector_512_block_16384)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_512_block_16384
                          (not inv_someFailed_sector_512_block_16384))
                     inv_pos_sector_512_block_16384
                     inv_prefixEnd_sector_512_block_16384)))
      (a!20 (= (ite (and step_failed_sector_512_block_16384
                         (< inv_pos_sector_512_block_16384
                            inv_lowestFailedStart_sector_512_block_16384))
                    inv_pos_sector_512_block_16384
                    inv_lowestFailedStart_sector_512_block_16384)
               (ite (and step_failed_sector_512_block_16384
                         (not inv_someFailed_sector_512_block_16384))
                    inv_pos_sector_512_block_16384
                    inv_prefixEnd_sector_512_block_16384)))
      (a!31 (<= newSize_sector_512_block_16384
                (ite (and step_failed_sector_512_block_16384
                          (not inv_someFailed_sector_512_block_16384))
                     inv_pos_sector_512_block_16384
                     inv_prefixEnd_sector_512_block_16384))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384)))
      (a!32 (not (or (not (or inv_someFailed_sector_512_block_16384
                              step_failed_sector_512_block_16384))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_512_block_16384))
                 maxBioBytes
                 (- a!8 inv_pos_sector_512_block_16384)))
      (a!14 (= (ite (and step_failed_sector_512_block_16384
                         (not inv_someFailed_sector_512_block_16384))
                    inv_pos_sector_512_block_16384
                    inv_prefixEnd_sector_512_block_16384)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_512_block_16384
                              step_failed_sector_512_block_16384)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_512_block_16384
                         (not inv_someFailed_sector_512_block_16384))
                    inv_pos_sector_512_block_16384
                    inv_prefixEnd_sector_512_block_16384)
               (+ inv_pos_sector_512_block_16384 a!13)))
      (a!21 (+ inv_okBytes_sector_512_block_16384
               (ite (not step_failed_sector_512_block_16384)
                    (- (+ inv_pos_sector_512_block_16384 a!13)
                       inv_pos_sector_512_block_16384)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_512_block_16384
                              step_failed_sector_512_block_16384)))
                (= (+ inv_failedBytes_sector_512_block_16384
                      (ite step_failed_sector_512_block_16384 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_512_block_16384 a!13)
               (ite (and step_failed_sector_512_block_16384
                         (not inv_someFailed_sector_512_block_16384))
                    inv_pos_sector_512_block_16384
                    inv_prefixEnd_sector_512_block_16384)))
      (a!26 (ite (and (not step_failed_sector_512_block_16384)
                      (< inv_highestOkEnd_sector_512_block_16384
                         (+ inv_pos_sector_512_block_16384 a!13)))
                 (+ inv_pos_sector_512_block_16384 a!13)
                 inv_highestOkEnd_sector_512_block_16384))
      (a!28 (+ inv_okBytesBeforeFailure_sector_512_block_16384
               (ite (not (or inv_failureArrived_sector_512_block_16384
                             step_failed_sector_512_block_16384))
                    (- (+ inv_pos_sector_512_block_16384 a!13)
                       inv_pos_sector_512_block_16384)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_512_block_16384
                          (not inv_someFailed_sector_512_block_16384))
                     inv_pos_sector_512_block_16384
                     inv_prefixEnd_sector_512_block_16384)
                (+ inv_pos_sector_512_block_16384 a!13)))
      (a!33 (or (not step_failed_sector_512_block_16384)
                (<= (+ inv_pos_sector_512_block_16384 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_512_block_16384
                    inv_pos_sector_512_block_16384))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_512_block_16384 a!13) offset)
                  (+ inv_failedBytes_sector_512_block_16384
                     (ite step_failed_sector_512_block_16384 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_512_block_16384
                       (ite step_failed_sector_512_block_16384 a!13 0)))
                 (<= (+ inv_failedBytes_sector_512_block_16384
                        (ite step_failed_sector_512_block_16384 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_512_block_16384
                              step_failed_sector_512_block_16384)))
                (= a!26 (+ inv_pos_sector_512_block_16384 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_512_block_16384
                           (not inv_someFailed_sector_512_block_16384))
                      inv_pos_sector_512_block_16384
                      inv_prefixEnd_sector_512_block_16384)
                 (+ inv_pos_sector_512_block_16384 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_512_block_16384 a!13))
                 (<= (+ inv_pos_sector_512_block_16384 a!13) a!8)
                 (or (= (+ inv_pos_sector_512_block_16384 a!13) offset)
                     (= (+ inv_pos_sector_512_block_16384 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_512_block_16384 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_512_block_16384
                              step_failed_sector_512_block_16384))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_512_block_16384
                        step_failed_sector_512_block_16384)
                    (or inv_someFailed_sector_512_block_16384
                        step_failed_sector_512_block_16384))
                 (= (or inv_failureArrived_sector_512_block_16384
                        step_failed_sector_512_block_16384)
                    (or inv_someFailed_sector_512_block_16384
                        step_failed_sector_512_block_16384))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_512_block_16384
                              step_failed_sector_512_block_16384))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_512_block_16384 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_512_block_16384 a!33)))))
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
       (<= offset inv_pos_sector_512_block_16384)
       (<= inv_pos_sector_512_block_16384 a!8)
       (or (= inv_pos_sector_512_block_16384 offset)
           (= inv_pos_sector_512_block_16384 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_512_block_16384))
       (or (not (not inv_someFailed_sector_512_block_16384))
           (= inv_prefixEnd_sector_512_block_16384 a!8))
       (or (not inv_someFailed_sector_512_block_16384) a!9)
       (= inv_anyFailed_sector_512_block_16384
          inv_someFailed_sector_512_block_16384)
       (= inv_failureArrived_sector_512_block_16384
          inv_someFailed_sector_512_block_16384)
       (= inv_lowestFailedStart_sector_512_block_16384
          inv_prefixEnd_sector_512_block_16384)
       (= inv_okBytes_sector_512_block_16384
          (- (- inv_pos_sector_512_block_16384 offset)
             inv_failedBytes_sector_512_block_16384))
       (or (not (not inv_someFailed_sector_512_block_16384))
           (= inv_failedBytes_sector_512_block_16384 0))
       a!10
       (<= offset inv_highestOkEnd_sector_512_block_16384)
       (<= inv_highestOkEnd_sector_512_block_16384
           inv_pos_sector_512_block_16384)
       (or (not (not inv_someFailed_sector_512_block_16384))
           (= inv_highestOkEnd_sector_512_block_16384
              inv_pos_sector_512_block_16384))
       a!11
       a!12
       (< inv_pos_sector_512_block_16384 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-1024-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-1024-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_1024_block_16384 () Int)
(declare-fun newSize_sector_1024_block_16384 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_1024_block_16384 () Bool)
(declare-fun inv_clean_sector_1024_block_16384 () Bool)
(declare-fun inv_prefixEnd_sector_1024_block_16384 () Int)
(declare-fun inv_someFailed_sector_1024_block_16384 () Bool)
(declare-fun inv_failureArrived_sector_1024_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_16384 () Int)
(declare-fun inv_highestOkEnd_sector_1024_block_16384 () Int)
(declare-fun inv_failedBytes_sector_1024_block_16384 () Int)
(declare-fun inv_okBytes_sector_1024_block_16384 () Int)
(declare-fun inv_lowestFailedStart_sector_1024_block_16384 () Int)
(declare-fun inv_anyFailed_sector_1024_block_16384 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_1024_block_16384)
                (< inv_prefixEnd_sector_1024_block_16384
                   inv_pos_sector_1024_block_16384)
                (or (= inv_prefixEnd_sector_1024_block_16384 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_1024_block_16384))))
      (a!10 (or (not inv_someFailed_sector_1024_block_16384)
                (and (< 0 inv_failedBytes_sector_1024_block_16384)
                     (<= inv_failedBytes_sector_1024_block_16384
                         (- inv_pos_sector_1024_block_16384
                            inv_prefixEnd_sector_1024_block_16384)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_1024_block_16384
               (- (ite (<= inv_prefixEnd_sector_1024_block_16384
                           inv_pos_sector_1024_block_16384)
                       inv_prefixEnd_sector_1024_block_16384
                       inv_pos_sector_1024_block_16384)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_1024_block_16384)
                         (<= newSize_sector_1024_block_16384
                             inv_prefixEnd_sector_1024_block_16384)))
                inv_clean_sector_1024_block_16384))
      (a!16 (<= offset
                (ite (and step_failed_sector_1024_block_16384
                          (not inv_someFailed_sector_1024_block_16384))
                     inv_pos_sector_1024_block_16384
                     inv_prefixEnd_sector_1024_block_16384)))
      (a!18 (= (ite (and step_failed_sector_1024_block_16384
                         (not inv_someFailed_sector_1024_block_16384))
                    inv_pos_sector_1024_block_16384
                    inv_prefixEnd_sector_1024_block_16384)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_1024_block_16384
                          (not inv_someFailed_sector_1024_block_16384))
                     inv_pos_sector_1024_block_16384
                     inv_prefixEnd_sector_1024_block_16384)))
      (a!20 (= (ite (and step_failed_sector_1024_block_16384
                         (< inv_pos_sector_1024_block_16384
                            inv_lowestFailedStart_sector_1024_block_16384))
                    inv_pos_sector_1024_block_16384
                    inv_lowestFailedStart_sector_1024_block_16384)
               (ite (and step_failed_sector_1024_block_16384
                         (not inv_someFailed_sector_1024_block_16384))
                    inv_pos_sector_1024_block_16384
                    inv_prefixEnd_sector_1024_block_16384)))
      (a!31 (<= newSize_sector_1024_block_16384
                (ite (and step_failed_sector_1024_block_16384
                          (not inv_someFailed_sector_1024_block_16384))
                     inv_pos_sector_1024_block_16384
                     inv_prefixEnd_sector_1024_block_16384))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384)))
      (a!32 (not (or (not (or inv_someFailed_sector_1024_block_16384
                              step_failed_sector_1024_block_16384))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_1024_block_16384))
                 maxBioBytes
                 (- a!8 inv_pos_sector_1024_block_16384)))
      (a!14 (= (ite (and step_failed_sector_1024_block_16384
                         (not inv_someFailed_sector_1024_block_16384))
                    inv_pos_sector_1024_block_16384
                    inv_prefixEnd_sector_1024_block_16384)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_1024_block_16384
                              step_failed_sector_1024_block_16384)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_1024_block_16384
                         (not inv_someFailed_sector_1024_block_16384))
                    inv_pos_sector_1024_block_16384
                    inv_prefixEnd_sector_1024_block_16384)
               (+ inv_pos_sector_1024_block_16384 a!13)))
      (a!21 (+ inv_okBytes_sector_1024_block_16384
               (ite (not step_failed_sector_1024_block_16384)
                    (- (+ inv_pos_sector_1024_block_16384 a!13)
                       inv_pos_sector_1024_block_16384)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_1024_block_16384
                              step_failed_sector_1024_block_16384)))
                (= (+ inv_failedBytes_sector_1024_block_16384
                      (ite step_failed_sector_1024_block_16384 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_1024_block_16384 a!13)
               (ite (and step_failed_sector_1024_block_16384
                         (not inv_someFailed_sector_1024_block_16384))
                    inv_pos_sector_1024_block_16384
                    inv_prefixEnd_sector_1024_block_16384)))
      (a!26 (ite (and (not step_failed_sector_1024_block_16384)
                      (< inv_highestOkEnd_sector_1024_block_16384
                         (+ inv_pos_sector_1024_block_16384 a!13)))
                 (+ inv_pos_sector_1024_block_16384 a!13)
                 inv_highestOkEnd_sector_1024_block_16384))
      (a!28 (+ inv_okBytesBeforeFailure_sector_1024_block_16384
               (ite (not (or inv_failureArrived_sector_1024_block_16384
                             step_failed_sector_1024_block_16384))
                    (- (+ inv_pos_sector_1024_block_16384 a!13)
                       inv_pos_sector_1024_block_16384)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_1024_block_16384
                          (not inv_someFailed_sector_1024_block_16384))
                     inv_pos_sector_1024_block_16384
                     inv_prefixEnd_sector_1024_block_16384)
                (+ inv_pos_sector_1024_block_16384 a!13)))
      (a!33 (or (not step_failed_sector_1024_block_16384)
                (<= (+ inv_pos_sector_1024_block_16384 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_1024_block_16384
                    inv_pos_sector_1024_block_16384))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_1024_block_16384 a!13) offset)
                  (+ inv_failedBytes_sector_1024_block_16384
                     (ite step_failed_sector_1024_block_16384 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_1024_block_16384
                       (ite step_failed_sector_1024_block_16384 a!13 0)))
                 (<= (+ inv_failedBytes_sector_1024_block_16384
                        (ite step_failed_sector_1024_block_16384 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_1024_block_16384
                              step_failed_sector_1024_block_16384)))
                (= a!26 (+ inv_pos_sector_1024_block_16384 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_1024_block_16384
                           (not inv_someFailed_sector_1024_block_16384))
                      inv_pos_sector_1024_block_16384
                      inv_prefixEnd_sector_1024_block_16384)
                 (+ inv_pos_sector_1024_block_16384 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_1024_block_16384 a!13))
                 (<= (+ inv_pos_sector_1024_block_16384 a!13) a!8)
                 (or (= (+ inv_pos_sector_1024_block_16384 a!13) offset)
                     (= (+ inv_pos_sector_1024_block_16384 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_1024_block_16384 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_1024_block_16384
                              step_failed_sector_1024_block_16384))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_1024_block_16384
                        step_failed_sector_1024_block_16384)
                    (or inv_someFailed_sector_1024_block_16384
                        step_failed_sector_1024_block_16384))
                 (= (or inv_failureArrived_sector_1024_block_16384
                        step_failed_sector_1024_block_16384)
                    (or inv_someFailed_sector_1024_block_16384
                        step_failed_sector_1024_block_16384))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_1024_block_16384
                              step_failed_sector_1024_block_16384))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_1024_block_16384 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_1024_block_16384 a!33)))))
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
       (<= offset inv_pos_sector_1024_block_16384)
       (<= inv_pos_sector_1024_block_16384 a!8)
       (or (= inv_pos_sector_1024_block_16384 offset)
           (= inv_pos_sector_1024_block_16384 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_1024_block_16384))
       (or (not (not inv_someFailed_sector_1024_block_16384))
           (= inv_prefixEnd_sector_1024_block_16384 a!8))
       (or (not inv_someFailed_sector_1024_block_16384) a!9)
       (= inv_anyFailed_sector_1024_block_16384
          inv_someFailed_sector_1024_block_16384)
       (= inv_failureArrived_sector_1024_block_16384
          inv_someFailed_sector_1024_block_16384)
       (= inv_lowestFailedStart_sector_1024_block_16384
          inv_prefixEnd_sector_1024_block_16384)
       (= inv_okBytes_sector_1024_block_16384
          (- (- inv_pos_sector_1024_block_16384 offset)
             inv_failedBytes_sector_1024_block_16384))
       (or (not (not inv_someFailed_sector_1024_block_16384))
           (= inv_failedBytes_sector_1024_block_16384 0))
       a!10
       (<= offset inv_highestOkEnd_sector_1024_block_16384)
       (<= inv_highestOkEnd_sector_1024_block_16384
           inv_pos_sector_1024_block_16384)
       (or (not (not inv_someFailed_sector_1024_block_16384))
           (= inv_highestOkEnd_sector_1024_block_16384
              inv_pos_sector_1024_block_16384))
       a!11
       a!12
       (< inv_pos_sector_1024_block_16384 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-2048-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-2048-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_2048_block_16384 () Int)
(declare-fun newSize_sector_2048_block_16384 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_2048_block_16384 () Bool)
(declare-fun inv_clean_sector_2048_block_16384 () Bool)
(declare-fun inv_prefixEnd_sector_2048_block_16384 () Int)
(declare-fun inv_someFailed_sector_2048_block_16384 () Bool)
(declare-fun inv_failureArrived_sector_2048_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_16384 () Int)
(declare-fun inv_highestOkEnd_sector_2048_block_16384 () Int)
(declare-fun inv_failedBytes_sector_2048_block_16384 () Int)
(declare-fun inv_okBytes_sector_2048_block_16384 () Int)
(declare-fun inv_lowestFailedStart_sector_2048_block_16384 () Int)
(declare-fun inv_anyFailed_sector_2048_block_16384 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_2048_block_16384)
                (< inv_prefixEnd_sector_2048_block_16384
                   inv_pos_sector_2048_block_16384)
                (or (= inv_prefixEnd_sector_2048_block_16384 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_2048_block_16384))))
      (a!10 (or (not inv_someFailed_sector_2048_block_16384)
                (and (< 0 inv_failedBytes_sector_2048_block_16384)
                     (<= inv_failedBytes_sector_2048_block_16384
                         (- inv_pos_sector_2048_block_16384
                            inv_prefixEnd_sector_2048_block_16384)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_2048_block_16384
               (- (ite (<= inv_prefixEnd_sector_2048_block_16384
                           inv_pos_sector_2048_block_16384)
                       inv_prefixEnd_sector_2048_block_16384
                       inv_pos_sector_2048_block_16384)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_2048_block_16384)
                         (<= newSize_sector_2048_block_16384
                             inv_prefixEnd_sector_2048_block_16384)))
                inv_clean_sector_2048_block_16384))
      (a!16 (<= offset
                (ite (and step_failed_sector_2048_block_16384
                          (not inv_someFailed_sector_2048_block_16384))
                     inv_pos_sector_2048_block_16384
                     inv_prefixEnd_sector_2048_block_16384)))
      (a!18 (= (ite (and step_failed_sector_2048_block_16384
                         (not inv_someFailed_sector_2048_block_16384))
                    inv_pos_sector_2048_block_16384
                    inv_prefixEnd_sector_2048_block_16384)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_2048_block_16384
                          (not inv_someFailed_sector_2048_block_16384))
                     inv_pos_sector_2048_block_16384
                     inv_prefixEnd_sector_2048_block_16384)))
      (a!20 (= (ite (and step_failed_sector_2048_block_16384
                         (< inv_pos_sector_2048_block_16384
                            inv_lowestFailedStart_sector_2048_block_16384))
                    inv_pos_sector_2048_block_16384
                    inv_lowestFailedStart_sector_2048_block_16384)
               (ite (and step_failed_sector_2048_block_16384
                         (not inv_someFailed_sector_2048_block_16384))
                    inv_pos_sector_2048_block_16384
                    inv_prefixEnd_sector_2048_block_16384)))
      (a!31 (<= newSize_sector_2048_block_16384
                (ite (and step_failed_sector_2048_block_16384
                          (not inv_someFailed_sector_2048_block_16384))
                     inv_pos_sector_2048_block_16384
                     inv_prefixEnd_sector_2048_block_16384))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384)))
      (a!32 (not (or (not (or inv_someFailed_sector_2048_block_16384
                              step_failed_sector_2048_block_16384))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_2048_block_16384))
                 maxBioBytes
                 (- a!8 inv_pos_sector_2048_block_16384)))
      (a!14 (= (ite (and step_failed_sector_2048_block_16384
                         (not inv_someFailed_sector_2048_block_16384))
                    inv_pos_sector_2048_block_16384
                    inv_prefixEnd_sector_2048_block_16384)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_2048_block_16384
                              step_failed_sector_2048_block_16384)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_2048_block_16384
                         (not inv_someFailed_sector_2048_block_16384))
                    inv_pos_sector_2048_block_16384
                    inv_prefixEnd_sector_2048_block_16384)
               (+ inv_pos_sector_2048_block_16384 a!13)))
      (a!21 (+ inv_okBytes_sector_2048_block_16384
               (ite (not step_failed_sector_2048_block_16384)
                    (- (+ inv_pos_sector_2048_block_16384 a!13)
                       inv_pos_sector_2048_block_16384)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_2048_block_16384
                              step_failed_sector_2048_block_16384)))
                (= (+ inv_failedBytes_sector_2048_block_16384
                      (ite step_failed_sector_2048_block_16384 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_2048_block_16384 a!13)
               (ite (and step_failed_sector_2048_block_16384
                         (not inv_someFailed_sector_2048_block_16384))
                    inv_pos_sector_2048_block_16384
                    inv_prefixEnd_sector_2048_block_16384)))
      (a!26 (ite (and (not step_failed_sector_2048_block_16384)
                      (< inv_highestOkEnd_sector_2048_block_16384
                         (+ inv_pos_sector_2048_block_16384 a!13)))
                 (+ inv_pos_sector_2048_block_16384 a!13)
                 inv_highestOkEnd_sector_2048_block_16384))
      (a!28 (+ inv_okBytesBeforeFailure_sector_2048_block_16384
               (ite (not (or inv_failureArrived_sector_2048_block_16384
                             step_failed_sector_2048_block_16384))
                    (- (+ inv_pos_sector_2048_block_16384 a!13)
                       inv_pos_sector_2048_block_16384)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_2048_block_16384
                          (not inv_someFailed_sector_2048_block_16384))
                     inv_pos_sector_2048_block_16384
                     inv_prefixEnd_sector_2048_block_16384)
                (+ inv_pos_sector_2048_block_16384 a!13)))
      (a!33 (or (not step_failed_sector_2048_block_16384)
                (<= (+ inv_pos_sector_2048_block_16384 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_2048_block_16384
                    inv_pos_sector_2048_block_16384))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_2048_block_16384 a!13) offset)
                  (+ inv_failedBytes_sector_2048_block_16384
                     (ite step_failed_sector_2048_block_16384 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_2048_block_16384
                       (ite step_failed_sector_2048_block_16384 a!13 0)))
                 (<= (+ inv_failedBytes_sector_2048_block_16384
                        (ite step_failed_sector_2048_block_16384 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_2048_block_16384
                              step_failed_sector_2048_block_16384)))
                (= a!26 (+ inv_pos_sector_2048_block_16384 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_2048_block_16384
                           (not inv_someFailed_sector_2048_block_16384))
                      inv_pos_sector_2048_block_16384
                      inv_prefixEnd_sector_2048_block_16384)
                 (+ inv_pos_sector_2048_block_16384 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_2048_block_16384 a!13))
                 (<= (+ inv_pos_sector_2048_block_16384 a!13) a!8)
                 (or (= (+ inv_pos_sector_2048_block_16384 a!13) offset)
                     (= (+ inv_pos_sector_2048_block_16384 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_2048_block_16384 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_2048_block_16384
                              step_failed_sector_2048_block_16384))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_2048_block_16384
                        step_failed_sector_2048_block_16384)
                    (or inv_someFailed_sector_2048_block_16384
                        step_failed_sector_2048_block_16384))
                 (= (or inv_failureArrived_sector_2048_block_16384
                        step_failed_sector_2048_block_16384)
                    (or inv_someFailed_sector_2048_block_16384
                        step_failed_sector_2048_block_16384))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_2048_block_16384
                              step_failed_sector_2048_block_16384))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_2048_block_16384 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_2048_block_16384 a!33)))))
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
       (<= offset inv_pos_sector_2048_block_16384)
       (<= inv_pos_sector_2048_block_16384 a!8)
       (or (= inv_pos_sector_2048_block_16384 offset)
           (= inv_pos_sector_2048_block_16384 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_2048_block_16384))
       (or (not (not inv_someFailed_sector_2048_block_16384))
           (= inv_prefixEnd_sector_2048_block_16384 a!8))
       (or (not inv_someFailed_sector_2048_block_16384) a!9)
       (= inv_anyFailed_sector_2048_block_16384
          inv_someFailed_sector_2048_block_16384)
       (= inv_failureArrived_sector_2048_block_16384
          inv_someFailed_sector_2048_block_16384)
       (= inv_lowestFailedStart_sector_2048_block_16384
          inv_prefixEnd_sector_2048_block_16384)
       (= inv_okBytes_sector_2048_block_16384
          (- (- inv_pos_sector_2048_block_16384 offset)
             inv_failedBytes_sector_2048_block_16384))
       (or (not (not inv_someFailed_sector_2048_block_16384))
           (= inv_failedBytes_sector_2048_block_16384 0))
       a!10
       (<= offset inv_highestOkEnd_sector_2048_block_16384)
       (<= inv_highestOkEnd_sector_2048_block_16384
           inv_pos_sector_2048_block_16384)
       (or (not (not inv_someFailed_sector_2048_block_16384))
           (= inv_highestOkEnd_sector_2048_block_16384
              inv_pos_sector_2048_block_16384))
       a!11
       a!12
       (< inv_pos_sector_2048_block_16384 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-4096-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-4096-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_4096_block_16384 () Int)
(declare-fun newSize_sector_4096_block_16384 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_4096_block_16384 () Bool)
(declare-fun inv_clean_sector_4096_block_16384 () Bool)
(declare-fun inv_prefixEnd_sector_4096_block_16384 () Int)
(declare-fun inv_someFailed_sector_4096_block_16384 () Bool)
(declare-fun inv_failureArrived_sector_4096_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_4096_block_16384 () Int)
(declare-fun inv_highestOkEnd_sector_4096_block_16384 () Int)
(declare-fun inv_failedBytes_sector_4096_block_16384 () Int)
(declare-fun inv_okBytes_sector_4096_block_16384 () Int)
(declare-fun inv_lowestFailedStart_sector_4096_block_16384 () Int)
(declare-fun inv_anyFailed_sector_4096_block_16384 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_4096_block_16384)
                (< inv_prefixEnd_sector_4096_block_16384
                   inv_pos_sector_4096_block_16384)
                (or (= inv_prefixEnd_sector_4096_block_16384 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_4096_block_16384))))
      (a!10 (or (not inv_someFailed_sector_4096_block_16384)
                (and (< 0 inv_failedBytes_sector_4096_block_16384)
                     (<= inv_failedBytes_sector_4096_block_16384
                         (- inv_pos_sector_4096_block_16384
                            inv_prefixEnd_sector_4096_block_16384)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_4096_block_16384
               (- (ite (<= inv_prefixEnd_sector_4096_block_16384
                           inv_pos_sector_4096_block_16384)
                       inv_prefixEnd_sector_4096_block_16384
                       inv_pos_sector_4096_block_16384)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_4096_block_16384)
                         (<= newSize_sector_4096_block_16384
                             inv_prefixEnd_sector_4096_block_16384)))
                inv_clean_sector_4096_block_16384))
      (a!16 (<= offset
                (ite (and step_failed_sector_4096_block_16384
                          (not inv_someFailed_sector_4096_block_16384))
                     inv_pos_sector_4096_block_16384
                     inv_prefixEnd_sector_4096_block_16384)))
      (a!18 (= (ite (and step_failed_sector_4096_block_16384
                         (not inv_someFailed_sector_4096_block_16384))
                    inv_pos_sector_4096_block_16384
                    inv_prefixEnd_sector_4096_block_16384)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_4096_block_16384
                          (not inv_someFailed_sector_4096_block_16384))
                     inv_pos_sector_4096_block_16384
                     inv_prefixEnd_sector_4096_block_16384)))
      (a!20 (= (ite (and step_failed_sector_4096_block_16384
                         (< inv_pos_sector_4096_block_16384
                            inv_lowestFailedStart_sector_4096_block_16384))
                    inv_pos_sector_4096_block_16384
                    inv_lowestFailedStart_sector_4096_block_16384)
               (ite (and step_failed_sector_4096_block_16384
                         (not inv_someFailed_sector_4096_block_16384))
                    inv_pos_sector_4096_block_16384
                    inv_prefixEnd_sector_4096_block_16384)))
      (a!31 (<= newSize_sector_4096_block_16384
                (ite (and step_failed_sector_4096_block_16384
                          (not inv_someFailed_sector_4096_block_16384))
                     inv_pos_sector_4096_block_16384
                     inv_prefixEnd_sector_4096_block_16384))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384)))
      (a!32 (not (or (not (or inv_someFailed_sector_4096_block_16384
                              step_failed_sector_4096_block_16384))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_4096_block_16384))
                 maxBioBytes
                 (- a!8 inv_pos_sector_4096_block_16384)))
      (a!14 (= (ite (and step_failed_sector_4096_block_16384
                         (not inv_someFailed_sector_4096_block_16384))
                    inv_pos_sector_4096_block_16384
                    inv_prefixEnd_sector_4096_block_16384)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_4096_block_16384
                              step_failed_sector_4096_block_16384)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_4096_block_16384
                         (not inv_someFailed_sector_4096_block_16384))
                    inv_pos_sector_4096_block_16384
                    inv_prefixEnd_sector_4096_block_16384)
               (+ inv_pos_sector_4096_block_16384 a!13)))
      (a!21 (+ inv_okBytes_sector_4096_block_16384
               (ite (not step_failed_sector_4096_block_16384)
                    (- (+ inv_pos_sector_4096_block_16384 a!13)
                       inv_pos_sector_4096_block_16384)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_4096_block_16384
                              step_failed_sector_4096_block_16384)))
                (= (+ inv_failedBytes_sector_4096_block_16384
                      (ite step_failed_sector_4096_block_16384 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_4096_block_16384 a!13)
               (ite (and step_failed_sector_4096_block_16384
                         (not inv_someFailed_sector_4096_block_16384))
                    inv_pos_sector_4096_block_16384
                    inv_prefixEnd_sector_4096_block_16384)))
      (a!26 (ite (and (not step_failed_sector_4096_block_16384)
                      (< inv_highestOkEnd_sector_4096_block_16384
                         (+ inv_pos_sector_4096_block_16384 a!13)))
                 (+ inv_pos_sector_4096_block_16384 a!13)
                 inv_highestOkEnd_sector_4096_block_16384))
      (a!28 (+ inv_okBytesBeforeFailure_sector_4096_block_16384
               (ite (not (or inv_failureArrived_sector_4096_block_16384
                             step_failed_sector_4096_block_16384))
                    (- (+ inv_pos_sector_4096_block_16384 a!13)
                       inv_pos_sector_4096_block_16384)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_4096_block_16384
                          (not inv_someFailed_sector_4096_block_16384))
                     inv_pos_sector_4096_block_16384
                     inv_prefixEnd_sector_4096_block_16384)
                (+ inv_pos_sector_4096_block_16384 a!13)))
      (a!33 (or (not step_failed_sector_4096_block_16384)
                (<= (+ inv_pos_sector_4096_block_16384 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_4096_block_16384
                    inv_pos_sector_4096_block_16384))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_4096_block_16384 a!13) offset)
                  (+ inv_failedBytes_sector_4096_block_16384
                     (ite step_failed_sector_4096_block_16384 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_4096_block_16384
                       (ite step_failed_sector_4096_block_16384 a!13 0)))
                 (<= (+ inv_failedBytes_sector_4096_block_16384
                        (ite step_failed_sector_4096_block_16384 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_4096_block_16384
                              step_failed_sector_4096_block_16384)))
                (= a!26 (+ inv_pos_sector_4096_block_16384 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_4096_block_16384
                           (not inv_someFailed_sector_4096_block_16384))
                      inv_pos_sector_4096_block_16384
                      inv_prefixEnd_sector_4096_block_16384)
                 (+ inv_pos_sector_4096_block_16384 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_4096_block_16384 a!13))
                 (<= (+ inv_pos_sector_4096_block_16384 a!13) a!8)
                 (or (= (+ inv_pos_sector_4096_block_16384 a!13) offset)
                     (= (+ inv_pos_sector_4096_block_16384 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_4096_block_16384 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_4096_block_16384
                              step_failed_sector_4096_block_16384))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_4096_block_16384
                        step_failed_sector_4096_block_16384)
                    (or inv_someFailed_sector_4096_block_16384
                        step_failed_sector_4096_block_16384))
                 (= (or inv_failureArrived_sector_4096_block_16384
                        step_failed_sector_4096_block_16384)
                    (or inv_someFailed_sector_4096_block_16384
                        step_failed_sector_4096_block_16384))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_4096_block_16384
                              step_failed_sector_4096_block_16384))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_4096_block_16384 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_4096_block_16384 a!33)))))
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
       (<= offset inv_pos_sector_4096_block_16384)
       (<= inv_pos_sector_4096_block_16384 a!8)
       (or (= inv_pos_sector_4096_block_16384 offset)
           (= inv_pos_sector_4096_block_16384 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_4096_block_16384))
       (or (not (not inv_someFailed_sector_4096_block_16384))
           (= inv_prefixEnd_sector_4096_block_16384 a!8))
       (or (not inv_someFailed_sector_4096_block_16384) a!9)
       (= inv_anyFailed_sector_4096_block_16384
          inv_someFailed_sector_4096_block_16384)
       (= inv_failureArrived_sector_4096_block_16384
          inv_someFailed_sector_4096_block_16384)
       (= inv_lowestFailedStart_sector_4096_block_16384
          inv_prefixEnd_sector_4096_block_16384)
       (= inv_okBytes_sector_4096_block_16384
          (- (- inv_pos_sector_4096_block_16384 offset)
             inv_failedBytes_sector_4096_block_16384))
       (or (not (not inv_someFailed_sector_4096_block_16384))
           (= inv_failedBytes_sector_4096_block_16384 0))
       a!10
       (<= offset inv_highestOkEnd_sector_4096_block_16384)
       (<= inv_highestOkEnd_sector_4096_block_16384
           inv_pos_sector_4096_block_16384)
       (or (not (not inv_someFailed_sector_4096_block_16384))
           (= inv_highestOkEnd_sector_4096_block_16384
              inv_pos_sector_4096_block_16384))
       a!11
       a!12
       (< inv_pos_sector_4096_block_16384 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-8192-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-8192-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_8192_block_16384 () Int)
(declare-fun newSize_sector_8192_block_16384 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_8192_block_16384 () Bool)
(declare-fun inv_clean_sector_8192_block_16384 () Bool)
(declare-fun inv_prefixEnd_sector_8192_block_16384 () Int)
(declare-fun inv_someFailed_sector_8192_block_16384 () Bool)
(declare-fun inv_failureArrived_sector_8192_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_8192_block_16384 () Int)
(declare-fun inv_highestOkEnd_sector_8192_block_16384 () Int)
(declare-fun inv_failedBytes_sector_8192_block_16384 () Int)
(declare-fun inv_okBytes_sector_8192_block_16384 () Int)
(declare-fun inv_lowestFailedStart_sector_8192_block_16384 () Int)
(declare-fun inv_anyFailed_sector_8192_block_16384 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_8192_block_16384)
                (< inv_prefixEnd_sector_8192_block_16384
                   inv_pos_sector_8192_block_16384)
                (or (= inv_prefixEnd_sector_8192_block_16384 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_8192_block_16384))))
      (a!10 (or (not inv_someFailed_sector_8192_block_16384)
                (and (< 0 inv_failedBytes_sector_8192_block_16384)
                     (<= inv_failedBytes_sector_8192_block_16384
                         (- inv_pos_sector_8192_block_16384
                            inv_prefixEnd_sector_8192_block_16384)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_8192_block_16384
               (- (ite (<= inv_prefixEnd_sector_8192_block_16384
                           inv_pos_sector_8192_block_16384)
                       inv_prefixEnd_sector_8192_block_16384
                       inv_pos_sector_8192_block_16384)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_8192_block_16384)
                         (<= newSize_sector_8192_block_16384
                             inv_prefixEnd_sector_8192_block_16384)))
                inv_clean_sector_8192_block_16384))
      (a!16 (<= offset
                (ite (and step_failed_sector_8192_block_16384
                          (not inv_someFailed_sector_8192_block_16384))
                     inv_pos_sector_8192_block_16384
                     inv_prefixEnd_sector_8192_block_16384)))
      (a!18 (= (ite (and step_failed_sector_8192_block_16384
                         (not inv_someFailed_sector_8192_block_16384))
                    inv_pos_sector_8192_block_16384
                    inv_prefixEnd_sector_8192_block_16384)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_8192_block_16384
                          (not inv_someFailed_sector_8192_block_16384))
                     inv_pos_sector_8192_block_16384
                     inv_prefixEnd_sector_8192_block_16384)))
      (a!20 (= (ite (and step_failed_sector_8192_block_16384
                         (< inv_pos_sector_8192_block_16384
                            inv_lowestFailedStart_sector_8192_block_16384))
                    inv_pos_sector_8192_block_16384
                    inv_lowestFailedStart_sector_8192_block_16384)
               (ite (and step_failed_sector_8192_block_16384
                         (not inv_someFailed_sector_8192_block_16384))
                    inv_pos_sector_8192_block_16384
                    inv_prefixEnd_sector_8192_block_16384)))
      (a!31 (<= newSize_sector_8192_block_16384
                (ite (and step_failed_sector_8192_block_16384
                          (not inv_someFailed_sector_8192_block_16384))
                     inv_pos_sector_8192_block_16384
                     inv_prefixEnd_sector_8192_block_16384))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384)))
      (a!32 (not (or (not (or inv_someFailed_sector_8192_block_16384
                              step_failed_sector_8192_block_16384))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_8192_block_16384))
                 maxBioBytes
                 (- a!8 inv_pos_sector_8192_block_16384)))
      (a!14 (= (ite (and step_failed_sector_8192_block_16384
                         (not inv_someFailed_sector_8192_block_16384))
                    inv_pos_sector_8192_block_16384
                    inv_prefixEnd_sector_8192_block_16384)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_8192_block_16384
                              step_failed_sector_8192_block_16384)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_8192_block_16384
                         (not inv_someFailed_sector_8192_block_16384))
                    inv_pos_sector_8192_block_16384
                    inv_prefixEnd_sector_8192_block_16384)
               (+ inv_pos_sector_8192_block_16384 a!13)))
      (a!21 (+ inv_okBytes_sector_8192_block_16384
               (ite (not step_failed_sector_8192_block_16384)
                    (- (+ inv_pos_sector_8192_block_16384 a!13)
                       inv_pos_sector_8192_block_16384)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_8192_block_16384
                              step_failed_sector_8192_block_16384)))
                (= (+ inv_failedBytes_sector_8192_block_16384
                      (ite step_failed_sector_8192_block_16384 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_8192_block_16384 a!13)
               (ite (and step_failed_sector_8192_block_16384
                         (not inv_someFailed_sector_8192_block_16384))
                    inv_pos_sector_8192_block_16384
                    inv_prefixEnd_sector_8192_block_16384)))
      (a!26 (ite (and (not step_failed_sector_8192_block_16384)
                      (< inv_highestOkEnd_sector_8192_block_16384
                         (+ inv_pos_sector_8192_block_16384 a!13)))
                 (+ inv_pos_sector_8192_block_16384 a!13)
                 inv_highestOkEnd_sector_8192_block_16384))
      (a!28 (+ inv_okBytesBeforeFailure_sector_8192_block_16384
               (ite (not (or inv_failureArrived_sector_8192_block_16384
                             step_failed_sector_8192_block_16384))
                    (- (+ inv_pos_sector_8192_block_16384 a!13)
                       inv_pos_sector_8192_block_16384)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_8192_block_16384
                          (not inv_someFailed_sector_8192_block_16384))
                     inv_pos_sector_8192_block_16384
                     inv_prefixEnd_sector_8192_block_16384)
                (+ inv_pos_sector_8192_block_16384 a!13)))
      (a!33 (or (not step_failed_sector_8192_block_16384)
                (<= (+ inv_pos_sector_8192_block_16384 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_8192_block_16384
                    inv_pos_sector_8192_block_16384))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_8192_block_16384 a!13) offset)
                  (+ inv_failedBytes_sector_8192_block_16384
                     (ite step_failed_sector_8192_block_16384 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_8192_block_16384
                       (ite step_failed_sector_8192_block_16384 a!13 0)))
                 (<= (+ inv_failedBytes_sector_8192_block_16384
                        (ite step_failed_sector_8192_block_16384 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_8192_block_16384
                              step_failed_sector_8192_block_16384)))
                (= a!26 (+ inv_pos_sector_8192_block_16384 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_8192_block_16384
                           (not inv_someFailed_sector_8192_block_16384))
                      inv_pos_sector_8192_block_16384
                      inv_prefixEnd_sector_8192_block_16384)
                 (+ inv_pos_sector_8192_block_16384 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_8192_block_16384 a!13))
                 (<= (+ inv_pos_sector_8192_block_16384 a!13) a!8)
                 (or (= (+ inv_pos_sector_8192_block_16384 a!13) offset)
                     (= (+ inv_pos_sector_8192_block_16384 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_8192_block_16384 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_8192_block_16384
                              step_failed_sector_8192_block_16384))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_8192_block_16384
                        step_failed_sector_8192_block_16384)
                    (or inv_someFailed_sector_8192_block_16384
                        step_failed_sector_8192_block_16384))
                 (= (or inv_failureArrived_sector_8192_block_16384
                        step_failed_sector_8192_block_16384)
                    (or inv_someFailed_sector_8192_block_16384
                        step_failed_sector_8192_block_16384))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_8192_block_16384
                              step_failed_sector_8192_block_16384))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_8192_block_16384 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_8192_block_16384 a!33)))))
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
       (<= offset inv_pos_sector_8192_block_16384)
       (<= inv_pos_sector_8192_block_16384 a!8)
       (or (= inv_pos_sector_8192_block_16384 offset)
           (= inv_pos_sector_8192_block_16384 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_8192_block_16384))
       (or (not (not inv_someFailed_sector_8192_block_16384))
           (= inv_prefixEnd_sector_8192_block_16384 a!8))
       (or (not inv_someFailed_sector_8192_block_16384) a!9)
       (= inv_anyFailed_sector_8192_block_16384
          inv_someFailed_sector_8192_block_16384)
       (= inv_failureArrived_sector_8192_block_16384
          inv_someFailed_sector_8192_block_16384)
       (= inv_lowestFailedStart_sector_8192_block_16384
          inv_prefixEnd_sector_8192_block_16384)
       (= inv_okBytes_sector_8192_block_16384
          (- (- inv_pos_sector_8192_block_16384 offset)
             inv_failedBytes_sector_8192_block_16384))
       (or (not (not inv_someFailed_sector_8192_block_16384))
           (= inv_failedBytes_sector_8192_block_16384 0))
       a!10
       (<= offset inv_highestOkEnd_sector_8192_block_16384)
       (<= inv_highestOkEnd_sector_8192_block_16384
           inv_pos_sector_8192_block_16384)
       (or (not (not inv_someFailed_sector_8192_block_16384))
           (= inv_highestOkEnd_sector_8192_block_16384
              inv_pos_sector_8192_block_16384))
       a!11
       a!12
       (< inv_pos_sector_8192_block_16384 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-16384-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-16384-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_16384_block_16384 () Int)
(declare-fun newSize_sector_16384_block_16384 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_16384_block_16384 () Bool)
(declare-fun inv_clean_sector_16384_block_16384 () Bool)
(declare-fun inv_prefixEnd_sector_16384_block_16384 () Int)
(declare-fun inv_someFailed_sector_16384_block_16384 () Bool)
(declare-fun inv_failureArrived_sector_16384_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_16384_block_16384 () Int)
(declare-fun inv_highestOkEnd_sector_16384_block_16384 () Int)
(declare-fun inv_failedBytes_sector_16384_block_16384 () Int)
(declare-fun inv_okBytes_sector_16384_block_16384 () Int)
(declare-fun inv_lowestFailedStart_sector_16384_block_16384 () Int)
(declare-fun inv_anyFailed_sector_16384_block_16384 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_16384_block_16384)
                (< inv_prefixEnd_sector_16384_block_16384
                   inv_pos_sector_16384_block_16384)
                (or (= inv_prefixEnd_sector_16384_block_16384 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_16384_block_16384))))
      (a!10 (or (not inv_someFailed_sector_16384_block_16384)
                (and (< 0 inv_failedBytes_sector_16384_block_16384)
                     (<= inv_failedBytes_sector_16384_block_16384
                         (- inv_pos_sector_16384_block_16384
                            inv_prefixEnd_sector_16384_block_16384)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_16384_block_16384
               (- (ite (<= inv_prefixEnd_sector_16384_block_16384
                           inv_pos_sector_16384_block_16384)
                       inv_prefixEnd_sector_16384_block_16384
                       inv_pos_sector_16384_block_16384)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_16384_block_16384)
                         (<= newSize_sector_16384_block_16384
                             inv_prefixEnd_sector_16384_block_16384)))
                inv_clean_sector_16384_block_16384))
      (a!16 (<= offset
                (ite (and step_failed_sector_16384_block_16384
                          (not inv_someFailed_sector_16384_block_16384))
                     inv_pos_sector_16384_block_16384
                     inv_prefixEnd_sector_16384_block_16384)))
      (a!18 (= (ite (and step_failed_sector_16384_block_16384
                         (not inv_someFailed_sector_16384_block_16384))
                    inv_pos_sector_16384_block_16384
                    inv_prefixEnd_sector_16384_block_16384)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_16384_block_16384
                          (not inv_someFailed_sector_16384_block_16384))
                     inv_pos_sector_16384_block_16384
                     inv_prefixEnd_sector_16384_block_16384)))
      (a!20 (= (ite (and step_failed_sector_16384_block_16384
                         (< inv_pos_sector_16384_block_16384
                            inv_lowestFailedStart_sector_16384_block_16384))
                    inv_pos_sector_16384_block_16384
                    inv_lowestFailedStart_sector_16384_block_16384)
               (ite (and step_failed_sector_16384_block_16384
                         (not inv_someFailed_sector_16384_block_16384))
                    inv_pos_sector_16384_block_16384
                    inv_prefixEnd_sector_16384_block_16384)))
      (a!31 (<= newSize_sector_16384_block_16384
                (ite (and step_failed_sector_16384_block_16384
                          (not inv_someFailed_sector_16384_block_16384))
                     inv_pos_sector_16384_block_16384
                     inv_prefixEnd_sector_16384_block_16384))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384)))
      (a!32 (not (or (not (or inv_someFailed_sector_16384_block_16384
                              step_failed_sector_16384_block_16384))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_16384_block_16384))
                 maxBioBytes
                 (- a!8 inv_pos_sector_16384_block_16384)))
      (a!14 (= (ite (and step_failed_sector_16384_block_16384
                         (not inv_someFailed_sector_16384_block_16384))
                    inv_pos_sector_16384_block_16384
                    inv_prefixEnd_sector_16384_block_16384)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_16384_block_16384
                              step_failed_sector_16384_block_16384)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_16384_block_16384
                         (not inv_someFailed_sector_16384_block_16384))
                    inv_pos_sector_16384_block_16384
                    inv_prefixEnd_sector_16384_block_16384)
               (+ inv_pos_sector_16384_block_16384 a!13)))
      (a!21 (+ inv_okBytes_sector_16384_block_16384
               (ite (not step_failed_sector_16384_block_16384)
                    (- (+ inv_pos_sector_16384_block_16384 a!13)
                       inv_pos_sector_16384_block_16384)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_16384_block_16384
                              step_failed_sector_16384_block_16384)))
                (= (+ inv_failedBytes_sector_16384_block_16384
                      (ite step_failed_sector_16384_block_16384 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_16384_block_16384 a!13)
               (ite (and step_failed_sector_16384_block_16384
                         (not inv_someFailed_sector_16384_block_16384))
                    inv_pos_sector_16384_block_16384
                    inv_prefixEnd_sector_16384_block_16384)))
      (a!26 (ite (and (not step_failed_sector_16384_block_16384)
                      (< inv_highestOkEnd_sector_16384_block_16384
                         (+ inv_pos_sector_16384_block_16384 a!13)))
                 (+ inv_pos_sector_16384_block_16384 a!13)
                 inv_highestOkEnd_sector_16384_block_16384))
      (a!28 (+ inv_okBytesBeforeFailure_sector_16384_block_16384
               (ite (not (or inv_failureArrived_sector_16384_block_16384
                             step_failed_sector_16384_block_16384))
                    (- (+ inv_pos_sector_16384_block_16384 a!13)
                       inv_pos_sector_16384_block_16384)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_16384_block_16384
                          (not inv_someFailed_sector_16384_block_16384))
                     inv_pos_sector_16384_block_16384
                     inv_prefixEnd_sector_16384_block_16384)
                (+ inv_pos_sector_16384_block_16384 a!13)))
      (a!33 (or (not step_failed_sector_16384_block_16384)
                (<= (+ inv_pos_sector_16384_block_16384 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_16384_block_16384
                    inv_pos_sector_16384_block_16384))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_16384_block_16384 a!13) offset)
                  (+ inv_failedBytes_sector_16384_block_16384
                     (ite step_failed_sector_16384_block_16384 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_16384_block_16384
                       (ite step_failed_sector_16384_block_16384 a!13 0)))
                 (<= (+ inv_failedBytes_sector_16384_block_16384
                        (ite step_failed_sector_16384_block_16384 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_16384_block_16384
                              step_failed_sector_16384_block_16384)))
                (= a!26 (+ inv_pos_sector_16384_block_16384 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_16384_block_16384
                           (not inv_someFailed_sector_16384_block_16384))
                      inv_pos_sector_16384_block_16384
                      inv_prefixEnd_sector_16384_block_16384)
                 (+ inv_pos_sector_16384_block_16384 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_16384_block_16384 a!13))
                 (<= (+ inv_pos_sector_16384_block_16384 a!13) a!8)
                 (or (= (+ inv_pos_sector_16384_block_16384 a!13) offset)
                     (= (+ inv_pos_sector_16384_block_16384 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_16384_block_16384 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_16384_block_16384
                              step_failed_sector_16384_block_16384))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_16384_block_16384
                        step_failed_sector_16384_block_16384)
                    (or inv_someFailed_sector_16384_block_16384
                        step_failed_sector_16384_block_16384))
                 (= (or inv_failureArrived_sector_16384_block_16384
                        step_failed_sector_16384_block_16384)
                    (or inv_someFailed_sector_16384_block_16384
                        step_failed_sector_16384_block_16384))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_16384_block_16384
                              step_failed_sector_16384_block_16384))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_16384_block_16384 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_16384_block_16384 a!33)))))
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
       (<= offset inv_pos_sector_16384_block_16384)
       (<= inv_pos_sector_16384_block_16384 a!8)
       (or (= inv_pos_sector_16384_block_16384 offset)
           (= inv_pos_sector_16384_block_16384 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_16384_block_16384))
       (or (not (not inv_someFailed_sector_16384_block_16384))
           (= inv_prefixEnd_sector_16384_block_16384 a!8))
       (or (not inv_someFailed_sector_16384_block_16384) a!9)
       (= inv_anyFailed_sector_16384_block_16384
          inv_someFailed_sector_16384_block_16384)
       (= inv_failureArrived_sector_16384_block_16384
          inv_someFailed_sector_16384_block_16384)
       (= inv_lowestFailedStart_sector_16384_block_16384
          inv_prefixEnd_sector_16384_block_16384)
       (= inv_okBytes_sector_16384_block_16384
          (- (- inv_pos_sector_16384_block_16384 offset)
             inv_failedBytes_sector_16384_block_16384))
       (or (not (not inv_someFailed_sector_16384_block_16384))
           (= inv_failedBytes_sector_16384_block_16384 0))
       a!10
       (<= offset inv_highestOkEnd_sector_16384_block_16384)
       (<= inv_highestOkEnd_sector_16384_block_16384
           inv_pos_sector_16384_block_16384)
       (or (not (not inv_someFailed_sector_16384_block_16384))
           (= inv_highestOkEnd_sector_16384_block_16384
              inv_pos_sector_16384_block_16384))
       a!11
       a!12
       (< inv_pos_sector_16384_block_16384 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-512-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-512-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_512_block_32768 () Int)
(declare-fun newSize_sector_512_block_32768 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_512_block_32768 () Bool)
(declare-fun inv_clean_sector_512_block_32768 () Bool)
(declare-fun inv_prefixEnd_sector_512_block_32768 () Int)
(declare-fun inv_someFailed_sector_512_block_32768 () Bool)
(declare-fun inv_failureArrived_sector_512_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_32768 () Int)
(declare-fun inv_highestOkEnd_sector_512_block_32768 () Int)
(declare-fun inv_failedBytes_sector_512_block_32768 () Int)
(declare-fun inv_okBytes_sector_512_block_32768 () Int)
(declare-fun inv_lowestFailedStart_sector_512_block_32768 () Int)
(declare-fun inv_anyFailed_sector_512_block_32768 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_512_block_32768)
                (< inv_prefixEnd_sector_512_block_32768
                   inv_pos_sector_512_block_32768)
                (or (= inv_prefixEnd_sector_512_block_32768 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_512_block_32768))))
      (a!10 (or (not inv_someFailed_sector_512_block_32768)
                (and (< 0 inv_failedBytes_sector_512_block_32768)
                     (<= inv_failedBytes_sector_512_block_32768
                         (- inv_pos_sector_512_block_32768
                            inv_prefixEnd_sector_512_block_32768)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_512_block_32768
               (- (ite (<= inv_prefixEnd_sector_512_block_32768
                           inv_pos_sector_512_block_32768)
                       inv_prefixEnd_sector_512_block_32768
                       inv_pos_sector_512_block_32768)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_512_block_32768)
                         (<= newSize_sector_512_block_32768
                             inv_prefixEnd_sector_512_block_32768)))
                inv_clean_sector_512_block_32768))
      (a!16 (<= offset
                (ite (and step_failed_sector_512_block_32768
                          (not inv_someFailed_sector_512_block_32768))
                     inv_pos_sector_512_block_32768
                     inv_prefixEnd_sector_512_block_32768)))
      (a!18 (= (ite (and step_failed_sector_512_block_32768
                         (not inv_someFailed_sector_512_block_32768))
                    inv_pos_sector_512_block_32768
                    inv_prefixEnd_sector_512_block_32768)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_512_block_32768
                          (not inv_someFailed_sector_512_block_32768))
                     inv_pos_sector_512_block_32768
                     inv_prefixEnd_sector_512_block_32768)))
      (a!20 (= (ite (and step_failed_sector_512_block_32768
                         (< inv_pos_sector_512_block_32768
                            inv_lowestFailedStart_sector_512_block_32768))
                    inv_pos_sector_512_block_32768
                    inv_lowestFailedStart_sector_512_block_32768)
               (ite (and step_failed_sector_512_block_32768
                         (not inv_someFailed_sector_512_block_32768))
                    inv_pos_sector_512_block_32768
                    inv_prefixEnd_sector_512_block_32768)))
      (a!31 (<= newSize_sector_512_block_32768
                (ite (and step_failed_sector_512_block_32768
                          (not inv_someFailed_sector_512_block_32768))
                     inv_pos_sector_512_block_32768
                     inv_prefixEnd_sector_512_block_32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768)))
      (a!32 (not (or (not (or inv_someFailed_sector_512_block_32768
                              step_failed_sector_512_block_32768))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_512_block_32768))
                 maxBioBytes
                 (- a!8 inv_pos_sector_512_block_32768)))
      (a!14 (= (ite (and step_failed_sector_512_block_32768
                         (not inv_someFailed_sector_512_block_32768))
                    inv_pos_sector_512_block_32768
                    inv_prefixEnd_sector_512_block_32768)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_512_block_32768
                              step_failed_sector_512_block_32768)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_512_block_32768
                         (not inv_someFailed_sector_512_block_32768))
                    inv_pos_sector_512_block_32768
                    inv_prefixEnd_sector_512_block_32768)
               (+ inv_pos_sector_512_block_32768 a!13)))
      (a!21 (+ inv_okBytes_sector_512_block_32768
               (ite (not step_failed_sector_512_block_32768)
                    (- (+ inv_pos_sector_512_block_32768 a!13)
                       inv_pos_sector_512_block_32768)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_512_block_32768
                              step_failed_sector_512_block_32768)))
                (= (+ inv_failedBytes_sector_512_block_32768
                      (ite step_failed_sector_512_block_32768 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_512_block_32768 a!13)
               (ite (and step_failed_sector_512_block_32768
                         (not inv_someFailed_sector_512_block_32768))
                    inv_pos_sector_512_block_32768
                    inv_prefixEnd_sector_512_block_32768)))
      (a!26 (ite (and (not step_failed_sector_512_block_32768)
                      (< inv_highestOkEnd_sector_512_block_32768
                         (+ inv_pos_sector_512_block_32768 a!13)))
                 (+ inv_pos_sector_512_block_32768 a!13)
                 inv_highestOkEnd_sector_512_block_32768))
      (a!28 (+ inv_okBytesBeforeFailure_sector_512_block_32768
               (ite (not (or inv_failureArrived_sector_512_block_32768
                             step_failed_sector_512_block_32768))
                    (- (+ inv_pos_sector_512_block_32768 a!13)
                       inv_pos_sector_512_block_32768)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_512_block_32768
                          (not inv_someFailed_sector_512_block_32768))
                     inv_pos_sector_512_block_32768
                     inv_prefixEnd_sector_512_block_32768)
                (+ inv_pos_sector_512_block_32768 a!13)))
      (a!33 (or (not step_failed_sector_512_block_32768)
                (<= (+ inv_pos_sector_512_block_32768 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_512_block_32768
                    inv_pos_sector_512_block_32768))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_512_block_32768 a!13) offset)
                  (+ inv_failedBytes_sector_512_block_32768
                     (ite step_failed_sector_512_block_32768 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_512_block_32768
                       (ite step_failed_sector_512_block_32768 a!13 0)))
                 (<= (+ inv_failedBytes_sector_512_block_32768
                        (ite step_failed_sector_512_block_32768 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_512_block_32768
                              step_failed_sector_512_block_32768)))
                (= a!26 (+ inv_pos_sector_512_block_32768 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_512_block_32768
                           (not inv_someFailed_sector_512_block_32768))
                      inv_pos_sector_512_block_32768
                      inv_prefixEnd_sector_512_block_32768)
                 (+ inv_pos_sector_512_block_32768 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_512_block_32768 a!13))
                 (<= (+ inv_pos_sector_512_block_32768 a!13) a!8)
                 (or (= (+ inv_pos_sector_512_block_32768 a!13) offset)
                     (= (+ inv_pos_sector_512_block_32768 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_512_block_32768 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_512_block_32768
                              step_failed_sector_512_block_32768))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_512_block_32768
                        step_failed_sector_512_block_32768)
                    (or inv_someFailed_sector_512_block_32768
                        step_failed_sector_512_block_32768))
                 (= (or inv_failureArrived_sector_512_block_32768
                        step_failed_sector_512_block_32768)
                    (or inv_someFailed_sector_512_block_32768
                        step_failed_sector_512_block_32768))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_512_block_32768
                              step_failed_sector_512_block_32768))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_512_block_32768 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_512_block_32768 a!33)))))
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
       (<= offset inv_pos_sector_512_block_32768)
       (<= inv_pos_sector_512_block_32768 a!8)
       (or (= inv_pos_sector_512_block_32768 offset)
           (= inv_pos_sector_512_block_32768 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_512_block_32768))
       (or (not (not inv_someFailed_sector_512_block_32768))
           (= inv_prefixEnd_sector_512_block_32768 a!8))
       (or (not inv_someFailed_sector_512_block_32768) a!9)
       (= inv_anyFailed_sector_512_block_32768
          inv_someFailed_sector_512_block_32768)
       (= inv_failureArrived_sector_512_block_32768
          inv_someFailed_sector_512_block_32768)
       (= inv_lowestFailedStart_sector_512_block_32768
          inv_prefixEnd_sector_512_block_32768)
       (= inv_okBytes_sector_512_block_32768
          (- (- inv_pos_sector_512_block_32768 offset)
             inv_failedBytes_sector_512_block_32768))
       (or (not (not inv_someFailed_sector_512_block_32768))
           (= inv_failedBytes_sector_512_block_32768 0))
       a!10
       (<= offset inv_highestOkEnd_sector_512_block_32768)
       (<= inv_highestOkEnd_sector_512_block_32768
           inv_pos_sector_512_block_32768)
       (or (not (not inv_someFailed_sector_512_block_32768))
           (= inv_highestOkEnd_sector_512_block_32768
              inv_pos_sector_512_block_32768))
       a!11
       a!12
       (< inv_pos_sector_512_block_32768 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-1024-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-1024-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_1024_block_32768 () Int)
(declare-fun newSize_sector_1024_block_32768 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_1024_block_32768 () Bool)
(declare-fun inv_clean_sector_1024_block_32768 () Bool)
(declare-fun inv_prefixEnd_sector_1024_block_32768 () Int)
(declare-fun inv_someFailed_sector_1024_block_32768 () Bool)
(declare-fun inv_failureArrived_sector_1024_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_32768 () Int)
(declare-fun inv_highestOkEnd_sector_1024_block_32768 () Int)
(declare-fun inv_failedBytes_sector_1024_block_32768 () Int)
(declare-fun inv_okBytes_sector_1024_block_32768 () Int)
(declare-fun inv_lowestFailedStart_sector_1024_block_32768 () Int)
(declare-fun inv_anyFailed_sector_1024_block_32768 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_1024_block_32768)
                (< inv_prefixEnd_sector_1024_block_32768
                   inv_pos_sector_1024_block_32768)
                (or (= inv_prefixEnd_sector_1024_block_32768 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_1024_block_32768))))
      (a!10 (or (not inv_someFailed_sector_1024_block_32768)
                (and (< 0 inv_failedBytes_sector_1024_block_32768)
                     (<= inv_failedBytes_sector_1024_block_32768
                         (- inv_pos_sector_1024_block_32768
                            inv_prefixEnd_sector_1024_block_32768)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_1024_block_32768
               (- (ite (<= inv_prefixEnd_sector_1024_block_32768
                           inv_pos_sector_1024_block_32768)
                       inv_prefixEnd_sector_1024_block_32768
                       inv_pos_sector_1024_block_32768)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_1024_block_32768)
                         (<= newSize_sector_1024_block_32768
                             inv_prefixEnd_sector_1024_block_32768)))
                inv_clean_sector_1024_block_32768))
      (a!16 (<= offset
                (ite (and step_failed_sector_1024_block_32768
                          (not inv_someFailed_sector_1024_block_32768))
                     inv_pos_sector_1024_block_32768
                     inv_prefixEnd_sector_1024_block_32768)))
      (a!18 (= (ite (and step_failed_sector_1024_block_32768
                         (not inv_someFailed_sector_1024_block_32768))
                    inv_pos_sector_1024_block_32768
                    inv_prefixEnd_sector_1024_block_32768)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_1024_block_32768
                          (not inv_someFailed_sector_1024_block_32768))
                     inv_pos_sector_1024_block_32768
                     inv_prefixEnd_sector_1024_block_32768)))
      (a!20 (= (ite (and step_failed_sector_1024_block_32768
                         (< inv_pos_sector_1024_block_32768
                            inv_lowestFailedStart_sector_1024_block_32768))
                    inv_pos_sector_1024_block_32768
                    inv_lowestFailedStart_sector_1024_block_32768)
               (ite (and step_failed_sector_1024_block_32768
                         (not inv_someFailed_sector_1024_block_32768))
                    inv_pos_sector_1024_block_32768
                    inv_prefixEnd_sector_1024_block_32768)))
      (a!31 (<= newSize_sector_1024_block_32768
                (ite (and step_failed_sector_1024_block_32768
                          (not inv_someFailed_sector_1024_block_32768))
                     inv_pos_sector_1024_block_32768
                     inv_prefixEnd_sector_1024_block_32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768)))
      (a!32 (not (or (not (or inv_someFailed_sector_1024_block_32768
                              step_failed_sector_1024_block_32768))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_1024_block_32768))
                 maxBioBytes
                 (- a!8 inv_pos_sector_1024_block_32768)))
      (a!14 (= (ite (and step_failed_sector_1024_block_32768
                         (not inv_someFailed_sector_1024_block_32768))
                    inv_pos_sector_1024_block_32768
                    inv_prefixEnd_sector_1024_block_32768)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_1024_block_32768
                              step_failed_sector_1024_block_32768)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_1024_block_32768
                         (not inv_someFailed_sector_1024_block_32768))
                    inv_pos_sector_1024_block_32768
                    inv_prefixEnd_sector_1024_block_32768)
               (+ inv_pos_sector_1024_block_32768 a!13)))
      (a!21 (+ inv_okBytes_sector_1024_block_32768
               (ite (not step_failed_sector_1024_block_32768)
                    (- (+ inv_pos_sector_1024_block_32768 a!13)
                       inv_pos_sector_1024_block_32768)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_1024_block_32768
                              step_failed_sector_1024_block_32768)))
                (= (+ inv_failedBytes_sector_1024_block_32768
                      (ite step_failed_sector_1024_block_32768 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_1024_block_32768 a!13)
               (ite (and step_failed_sector_1024_block_32768
                         (not inv_someFailed_sector_1024_block_32768))
                    inv_pos_sector_1024_block_32768
                    inv_prefixEnd_sector_1024_block_32768)))
      (a!26 (ite (and (not step_failed_sector_1024_block_32768)
                      (< inv_highestOkEnd_sector_1024_block_32768
                         (+ inv_pos_sector_1024_block_32768 a!13)))
                 (+ inv_pos_sector_1024_block_32768 a!13)
                 inv_highestOkEnd_sector_1024_block_32768))
      (a!28 (+ inv_okBytesBeforeFailure_sector_1024_block_32768
               (ite (not (or inv_failureArrived_sector_1024_block_32768
                             step_failed_sector_1024_block_32768))
                    (- (+ inv_pos_sector_1024_block_32768 a!13)
                       inv_pos_sector_1024_block_32768)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_1024_block_32768
                          (not inv_someFailed_sector_1024_block_32768))
                     inv_pos_sector_1024_block_32768
                     inv_prefixEnd_sector_1024_block_32768)
                (+ inv_pos_sector_1024_block_32768 a!13)))
      (a!33 (or (not step_failed_sector_1024_block_32768)
                (<= (+ inv_pos_sector_1024_block_32768 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_1024_block_32768
                    inv_pos_sector_1024_block_32768))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_1024_block_32768 a!13) offset)
                  (+ inv_failedBytes_sector_1024_block_32768
                     (ite step_failed_sector_1024_block_32768 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_1024_block_32768
                       (ite step_failed_sector_1024_block_32768 a!13 0)))
                 (<= (+ inv_failedBytes_sector_1024_block_32768
                        (ite step_failed_sector_1024_block_32768 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_1024_block_32768
                              step_failed_sector_1024_block_32768)))
                (= a!26 (+ inv_pos_sector_1024_block_32768 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_1024_block_32768
                           (not inv_someFailed_sector_1024_block_32768))
                      inv_pos_sector_1024_block_32768
                      inv_prefixEnd_sector_1024_block_32768)
                 (+ inv_pos_sector_1024_block_32768 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_1024_block_32768 a!13))
                 (<= (+ inv_pos_sector_1024_block_32768 a!13) a!8)
                 (or (= (+ inv_pos_sector_1024_block_32768 a!13) offset)
                     (= (+ inv_pos_sector_1024_block_32768 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_1024_block_32768 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_1024_block_32768
                              step_failed_sector_1024_block_32768))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_1024_block_32768
                        step_failed_sector_1024_block_32768)
                    (or inv_someFailed_sector_1024_block_32768
                        step_failed_sector_1024_block_32768))
                 (= (or inv_failureArrived_sector_1024_block_32768
                        step_failed_sector_1024_block_32768)
                    (or inv_someFailed_sector_1024_block_32768
                        step_failed_sector_1024_block_32768))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_1024_block_32768
                              step_failed_sector_1024_block_32768))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_1024_block_32768 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_1024_block_32768 a!33)))))
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
       (<= offset inv_pos_sector_1024_block_32768)
       (<= inv_pos_sector_1024_block_32768 a!8)
       (or (= inv_pos_sector_1024_block_32768 offset)
           (= inv_pos_sector_1024_block_32768 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_1024_block_32768))
       (or (not (not inv_someFailed_sector_1024_block_32768))
           (= inv_prefixEnd_sector_1024_block_32768 a!8))
       (or (not inv_someFailed_sector_1024_block_32768) a!9)
       (= inv_anyFailed_sector_1024_block_32768
          inv_someFailed_sector_1024_block_32768)
       (= inv_failureArrived_sector_1024_block_32768
          inv_someFailed_sector_1024_block_32768)
       (= inv_lowestFailedStart_sector_1024_block_32768
          inv_prefixEnd_sector_1024_block_32768)
       (= inv_okBytes_sector_1024_block_32768
          (- (- inv_pos_sector_1024_block_32768 offset)
             inv_failedBytes_sector_1024_block_32768))
       (or (not (not inv_someFailed_sector_1024_block_32768))
           (= inv_failedBytes_sector_1024_block_32768 0))
       a!10
       (<= offset inv_highestOkEnd_sector_1024_block_32768)
       (<= inv_highestOkEnd_sector_1024_block_32768
           inv_pos_sector_1024_block_32768)
       (or (not (not inv_someFailed_sector_1024_block_32768))
           (= inv_highestOkEnd_sector_1024_block_32768
              inv_pos_sector_1024_block_32768))
       a!11
       a!12
       (< inv_pos_sector_1024_block_32768 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-2048-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-2048-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_2048_block_32768 () Int)
(declare-fun newSize_sector_2048_block_32768 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_2048_block_32768 () Bool)
(declare-fun inv_clean_sector_2048_block_32768 () Bool)
(declare-fun inv_prefixEnd_sector_2048_block_32768 () Int)
(declare-fun inv_someFailed_sector_2048_block_32768 () Bool)
(declare-fun inv_failureArrived_sector_2048_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_32768 () Int)
(declare-fun inv_highestOkEnd_sector_2048_block_32768 () Int)
(declare-fun inv_failedBytes_sector_2048_block_32768 () Int)
(declare-fun inv_okBytes_sector_2048_block_32768 () Int)
(declare-fun inv_lowestFailedStart_sector_2048_block_32768 () Int)
(declare-fun inv_anyFailed_sector_2048_block_32768 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_2048_block_32768)
                (< inv_prefixEnd_sector_2048_block_32768
                   inv_pos_sector_2048_block_32768)
                (or (= inv_prefixEnd_sector_2048_block_32768 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_2048_block_32768))))
      (a!10 (or (not inv_someFailed_sector_2048_block_32768)
                (and (< 0 inv_failedBytes_sector_2048_block_32768)
                     (<= inv_failedBytes_sector_2048_block_32768
                         (- inv_pos_sector_2048_block_32768
                            inv_prefixEnd_sector_2048_block_32768)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_2048_block_32768
               (- (ite (<= inv_prefixEnd_sector_2048_block_32768
                           inv_pos_sector_2048_block_32768)
                       inv_prefixEnd_sector_2048_block_32768
                       inv_pos_sector_2048_block_32768)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_2048_block_32768)
                         (<= newSize_sector_2048_block_32768
                             inv_prefixEnd_sector_2048_block_32768)))
                inv_clean_sector_2048_block_32768))
      (a!16 (<= offset
                (ite (and step_failed_sector_2048_block_32768
                          (not inv_someFailed_sector_2048_block_32768))
                     inv_pos_sector_2048_block_32768
                     inv_prefixEnd_sector_2048_block_32768)))
      (a!18 (= (ite (and step_failed_sector_2048_block_32768
                         (not inv_someFailed_sector_2048_block_32768))
                    inv_pos_sector_2048_block_32768
                    inv_prefixEnd_sector_2048_block_32768)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_2048_block_32768
                          (not inv_someFailed_sector_2048_block_32768))
                     inv_pos_sector_2048_block_32768
                     inv_prefixEnd_sector_2048_block_32768)))
      (a!20 (= (ite (and step_failed_sector_2048_block_32768
                         (< inv_pos_sector_2048_block_32768
                            inv_lowestFailedStart_sector_2048_block_32768))
                    inv_pos_sector_2048_block_32768
                    inv_lowestFailedStart_sector_2048_block_32768)
               (ite (and step_failed_sector_2048_block_32768
                         (not inv_someFailed_sector_2048_block_32768))
                    inv_pos_sector_2048_block_32768
                    inv_prefixEnd_sector_2048_block_32768)))
      (a!31 (<= newSize_sector_2048_block_32768
                (ite (and step_failed_sector_2048_block_32768
                          (not inv_someFailed_sector_2048_block_32768))
                     inv_pos_sector_2048_block_32768
                     inv_prefixEnd_sector_2048_block_32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768)))
      (a!32 (not (or (not (or inv_someFailed_sector_2048_block_32768
                              step_failed_sector_2048_block_32768))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_2048_block_32768))
                 maxBioBytes
                 (- a!8 inv_pos_sector_2048_block_32768)))
      (a!14 (= (ite (and step_failed_sector_2048_block_32768
                         (not inv_someFailed_sector_2048_block_32768))
                    inv_pos_sector_2048_block_32768
                    inv_prefixEnd_sector_2048_block_32768)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_2048_block_32768
                              step_failed_sector_2048_block_32768)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_2048_block_32768
                         (not inv_someFailed_sector_2048_block_32768))
                    inv_pos_sector_2048_block_32768
                    inv_prefixEnd_sector_2048_block_32768)
               (+ inv_pos_sector_2048_block_32768 a!13)))
      (a!21 (+ inv_okBytes_sector_2048_block_32768
               (ite (not step_failed_sector_2048_block_32768)
                    (- (+ inv_pos_sector_2048_block_32768 a!13)
                       inv_pos_sector_2048_block_32768)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_2048_block_32768
                              step_failed_sector_2048_block_32768)))
                (= (+ inv_failedBytes_sector_2048_block_32768
                      (ite step_failed_sector_2048_block_32768 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_2048_block_32768 a!13)
               (ite (and step_failed_sector_2048_block_32768
                         (not inv_someFailed_sector_2048_block_32768))
                    inv_pos_sector_2048_block_32768
                    inv_prefixEnd_sector_2048_block_32768)))
      (a!26 (ite (and (not step_failed_sector_2048_block_32768)
                      (< inv_highestOkEnd_sector_2048_block_32768
                         (+ inv_pos_sector_2048_block_32768 a!13)))
                 (+ inv_pos_sector_2048_block_32768 a!13)
                 inv_highestOkEnd_sector_2048_block_32768))
      (a!28 (+ inv_okBytesBeforeFailure_sector_2048_block_32768
               (ite (not (or inv_failureArrived_sector_2048_block_32768
                             step_failed_sector_2048_block_32768))
                    (- (+ inv_pos_sector_2048_block_32768 a!13)
                       inv_pos_sector_2048_block_32768)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_2048_block_32768
                          (not inv_someFailed_sector_2048_block_32768))
                     inv_pos_sector_2048_block_32768
                     inv_prefixEnd_sector_2048_block_32768)
                (+ inv_pos_sector_2048_block_32768 a!13)))
      (a!33 (or (not step_failed_sector_2048_block_32768)
                (<= (+ inv_pos_sector_2048_block_32768 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_2048_block_32768
                    inv_pos_sector_2048_block_32768))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_2048_block_32768 a!13) offset)
                  (+ inv_failedBytes_sector_2048_block_32768
                     (ite step_failed_sector_2048_block_32768 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_2048_block_32768
                       (ite step_failed_sector_2048_block_32768 a!13 0)))
                 (<= (+ inv_failedBytes_sector_2048_block_32768
                        (ite step_failed_sector_2048_block_32768 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_2048_block_32768
                              step_failed_sector_2048_block_32768)))
                (= a!26 (+ inv_pos_sector_2048_block_32768 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_2048_block_32768
                           (not inv_someFailed_sector_2048_block_32768))
                      inv_pos_sector_2048_block_32768
                      inv_prefixEnd_sector_2048_block_32768)
                 (+ inv_pos_sector_2048_block_32768 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_2048_block_32768 a!13))
                 (<= (+ inv_pos_sector_2048_block_32768 a!13) a!8)
                 (or (= (+ inv_pos_sector_2048_block_32768 a!13) offset)
                     (= (+ inv_pos_sector_2048_block_32768 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_2048_block_32768 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_2048_block_32768
                              step_failed_sector_2048_block_32768))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_2048_block_32768
                        step_failed_sector_2048_block_32768)
                    (or inv_someFailed_sector_2048_block_32768
                        step_failed_sector_2048_block_32768))
                 (= (or inv_failureArrived_sector_2048_block_32768
                        step_failed_sector_2048_block_32768)
                    (or inv_someFailed_sector_2048_block_32768
                        step_failed_sector_2048_block_32768))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_2048_block_32768
                              step_failed_sector_2048_block_32768))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_2048_block_32768 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_2048_block_32768 a!33)))))
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
       (<= offset inv_pos_sector_2048_block_32768)
       (<= inv_pos_sector_2048_block_32768 a!8)
       (or (= inv_pos_sector_2048_block_32768 offset)
           (= inv_pos_sector_2048_block_32768 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_2048_block_32768))
       (or (not (not inv_someFailed_sector_2048_block_32768))
           (= inv_prefixEnd_sector_2048_block_32768 a!8))
       (or (not inv_someFailed_sector_2048_block_32768) a!9)
       (= inv_anyFailed_sector_2048_block_32768
          inv_someFailed_sector_2048_block_32768)
       (= inv_failureArrived_sector_2048_block_32768
          inv_someFailed_sector_2048_block_32768)
       (= inv_lowestFailedStart_sector_2048_block_32768
          inv_prefixEnd_sector_2048_block_32768)
       (= inv_okBytes_sector_2048_block_32768
          (- (- inv_pos_sector_2048_block_32768 offset)
             inv_failedBytes_sector_2048_block_32768))
       (or (not (not inv_someFailed_sector_2048_block_32768))
           (= inv_failedBytes_sector_2048_block_32768 0))
       a!10
       (<= offset inv_highestOkEnd_sector_2048_block_32768)
       (<= inv_highestOkEnd_sector_2048_block_32768
           inv_pos_sector_2048_block_32768)
       (or (not (not inv_someFailed_sector_2048_block_32768))
           (= inv_highestOkEnd_sector_2048_block_32768
              inv_pos_sector_2048_block_32768))
       a!11
       a!12
       (< inv_pos_sector_2048_block_32768 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-4096-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-4096-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_4096_block_32768 () Int)
(declare-fun newSize_sector_4096_block_32768 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_4096_block_32768 () Bool)
(declare-fun inv_clean_sector_4096_block_32768 () Bool)
(declare-fun inv_prefixEnd_sector_4096_block_32768 () Int)
(declare-fun inv_someFailed_sector_4096_block_32768 () Bool)
(declare-fun inv_failureArrived_sector_4096_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_4096_block_32768 () Int)
(declare-fun inv_highestOkEnd_sector_4096_block_32768 () Int)
(declare-fun inv_failedBytes_sector_4096_block_32768 () Int)
(declare-fun inv_okBytes_sector_4096_block_32768 () Int)
(declare-fun inv_lowestFailedStart_sector_4096_block_32768 () Int)
(declare-fun inv_anyFailed_sector_4096_block_32768 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_4096_block_32768)
                (< inv_prefixEnd_sector_4096_block_32768
                   inv_pos_sector_4096_block_32768)
                (or (= inv_prefixEnd_sector_4096_block_32768 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_4096_block_32768))))
      (a!10 (or (not inv_someFailed_sector_4096_block_32768)
                (and (< 0 inv_failedBytes_sector_4096_block_32768)
                     (<= inv_failedBytes_sector_4096_block_32768
                         (- inv_pos_sector_4096_block_32768
                            inv_prefixEnd_sector_4096_block_32768)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_4096_block_32768
               (- (ite (<= inv_prefixEnd_sector_4096_block_32768
                           inv_pos_sector_4096_block_32768)
                       inv_prefixEnd_sector_4096_block_32768
                       inv_pos_sector_4096_block_32768)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_4096_block_32768)
                         (<= newSize_sector_4096_block_32768
                             inv_prefixEnd_sector_4096_block_32768)))
                inv_clean_sector_4096_block_32768))
      (a!16 (<= offset
                (ite (and step_failed_sector_4096_block_32768
                          (not inv_someFailed_sector_4096_block_32768))
                     inv_pos_sector_4096_block_32768
                     inv_prefixEnd_sector_4096_block_32768)))
      (a!18 (= (ite (and step_failed_sector_4096_block_32768
                         (not inv_someFailed_sector_4096_block_32768))
                    inv_pos_sector_4096_block_32768
                    inv_prefixEnd_sector_4096_block_32768)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_4096_block_32768
                          (not inv_someFailed_sector_4096_block_32768))
                     inv_pos_sector_4096_block_32768
                     inv_prefixEnd_sector_4096_block_32768)))
      (a!20 (= (ite (and step_failed_sector_4096_block_32768
                         (< inv_pos_sector_4096_block_32768
                            inv_lowestFailedStart_sector_4096_block_32768))
                    inv_pos_sector_4096_block_32768
                    inv_lowestFailedStart_sector_4096_block_32768)
               (ite (and step_failed_sector_4096_block_32768
                         (not inv_someFailed_sector_4096_block_32768))
                    inv_pos_sector_4096_block_32768
                    inv_prefixEnd_sector_4096_block_32768)))
      (a!31 (<= newSize_sector_4096_block_32768
                (ite (and step_failed_sector_4096_block_32768
                          (not inv_someFailed_sector_4096_block_32768))
                     inv_pos_sector_4096_block_32768
                     inv_prefixEnd_sector_4096_block_32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768)))
      (a!32 (not (or (not (or inv_someFailed_sector_4096_block_32768
                              step_failed_sector_4096_block_32768))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_4096_block_32768))
                 maxBioBytes
                 (- a!8 inv_pos_sector_4096_block_32768)))
      (a!14 (= (ite (and step_failed_sector_4096_block_32768
                         (not inv_someFailed_sector_4096_block_32768))
                    inv_pos_sector_4096_block_32768
                    inv_prefixEnd_sector_4096_block_32768)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_4096_block_32768
                              step_failed_sector_4096_block_32768)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_4096_block_32768
                         (not inv_someFailed_sector_4096_block_32768))
                    inv_pos_sector_4096_block_32768
                    inv_prefixEnd_sector_4096_block_32768)
               (+ inv_pos_sector_4096_block_32768 a!13)))
      (a!21 (+ inv_okBytes_sector_4096_block_32768
               (ite (not step_failed_sector_4096_block_32768)
                    (- (+ inv_pos_sector_4096_block_32768 a!13)
                       inv_pos_sector_4096_block_32768)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_4096_block_32768
                              step_failed_sector_4096_block_32768)))
                (= (+ inv_failedBytes_sector_4096_block_32768
                      (ite step_failed_sector_4096_block_32768 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_4096_block_32768 a!13)
               (ite (and step_failed_sector_4096_block_32768
                         (not inv_someFailed_sector_4096_block_32768))
                    inv_pos_sector_4096_block_32768
                    inv_prefixEnd_sector_4096_block_32768)))
      (a!26 (ite (and (not step_failed_sector_4096_block_32768)
                      (< inv_highestOkEnd_sector_4096_block_32768
                         (+ inv_pos_sector_4096_block_32768 a!13)))
                 (+ inv_pos_sector_4096_block_32768 a!13)
                 inv_highestOkEnd_sector_4096_block_32768))
      (a!28 (+ inv_okBytesBeforeFailure_sector_4096_block_32768
               (ite (not (or inv_failureArrived_sector_4096_block_32768
                             step_failed_sector_4096_block_32768))
                    (- (+ inv_pos_sector_4096_block_32768 a!13)
                       inv_pos_sector_4096_block_32768)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_4096_block_32768
                          (not inv_someFailed_sector_4096_block_32768))
                     inv_pos_sector_4096_block_32768
                     inv_prefixEnd_sector_4096_block_32768)
                (+ inv_pos_sector_4096_block_32768 a!13)))
      (a!33 (or (not step_failed_sector_4096_block_32768)
                (<= (+ inv_pos_sector_4096_block_32768 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_4096_block_32768
                    inv_pos_sector_4096_block_32768))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_4096_block_32768 a!13) offset)
                  (+ inv_failedBytes_sector_4096_block_32768
                     (ite step_failed_sector_4096_block_32768 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_4096_block_32768
                       (ite step_failed_sector_4096_block_32768 a!13 0)))
                 (<= (+ inv_failedBytes_sector_4096_block_32768
                        (ite step_failed_sector_4096_block_32768 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_4096_block_32768
                              step_failed_sector_4096_block_32768)))
                (= a!26 (+ inv_pos_sector_4096_block_32768 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_4096_block_32768
                           (not inv_someFailed_sector_4096_block_32768))
                      inv_pos_sector_4096_block_32768
                      inv_prefixEnd_sector_4096_block_32768)
                 (+ inv_pos_sector_4096_block_32768 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_4096_block_32768 a!13))
                 (<= (+ inv_pos_sector_4096_block_32768 a!13) a!8)
                 (or (= (+ inv_pos_sector_4096_block_32768 a!13) offset)
                     (= (+ inv_pos_sector_4096_block_32768 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_4096_block_32768 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_4096_block_32768
                              step_failed_sector_4096_block_32768))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_4096_block_32768
                        step_failed_sector_4096_block_32768)
                    (or inv_someFailed_sector_4096_block_32768
                        step_failed_sector_4096_block_32768))
                 (= (or inv_failureArrived_sector_4096_block_32768
                        step_failed_sector_4096_block_32768)
                    (or inv_someFailed_sector_4096_block_32768
                        step_failed_sector_4096_block_32768))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_4096_block_32768
                              step_failed_sector_4096_block_32768))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_4096_block_32768 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_4096_block_32768 a!33)))))
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
       (<= offset inv_pos_sector_4096_block_32768)
       (<= inv_pos_sector_4096_block_32768 a!8)
       (or (= inv_pos_sector_4096_block_32768 offset)
           (= inv_pos_sector_4096_block_32768 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_4096_block_32768))
       (or (not (not inv_someFailed_sector_4096_block_32768))
           (= inv_prefixEnd_sector_4096_block_32768 a!8))
       (or (not inv_someFailed_sector_4096_block_32768) a!9)
       (= inv_anyFailed_sector_4096_block_32768
          inv_someFailed_sector_4096_block_32768)
       (= inv_failureArrived_sector_4096_block_32768
          inv_someFailed_sector_4096_block_32768)
       (= inv_lowestFailedStart_sector_4096_block_32768
          inv_prefixEnd_sector_4096_block_32768)
       (= inv_okBytes_sector_4096_block_32768
          (- (- inv_pos_sector_4096_block_32768 offset)
             inv_failedBytes_sector_4096_block_32768))
       (or (not (not inv_someFailed_sector_4096_block_32768))
           (= inv_failedBytes_sector_4096_block_32768 0))
       a!10
       (<= offset inv_highestOkEnd_sector_4096_block_32768)
       (<= inv_highestOkEnd_sector_4096_block_32768
           inv_pos_sector_4096_block_32768)
       (or (not (not inv_someFailed_sector_4096_block_32768))
           (= inv_highestOkEnd_sector_4096_block_32768
              inv_pos_sector_4096_block_32768))
       a!11
       a!12
       (< inv_pos_sector_4096_block_32768 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-8192-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-8192-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_8192_block_32768 () Int)
(declare-fun newSize_sector_8192_block_32768 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_8192_block_32768 () Bool)
(declare-fun inv_clean_sector_8192_block_32768 () Bool)
(declare-fun inv_prefixEnd_sector_8192_block_32768 () Int)
(declare-fun inv_someFailed_sector_8192_block_32768 () Bool)
(declare-fun inv_failureArrived_sector_8192_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_8192_block_32768 () Int)
(declare-fun inv_highestOkEnd_sector_8192_block_32768 () Int)
(declare-fun inv_failedBytes_sector_8192_block_32768 () Int)
(declare-fun inv_okBytes_sector_8192_block_32768 () Int)
(declare-fun inv_lowestFailedStart_sector_8192_block_32768 () Int)
(declare-fun inv_anyFailed_sector_8192_block_32768 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_8192_block_32768)
                (< inv_prefixEnd_sector_8192_block_32768
                   inv_pos_sector_8192_block_32768)
                (or (= inv_prefixEnd_sector_8192_block_32768 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_8192_block_32768))))
      (a!10 (or (not inv_someFailed_sector_8192_block_32768)
                (and (< 0 inv_failedBytes_sector_8192_block_32768)
                     (<= inv_failedBytes_sector_8192_block_32768
                         (- inv_pos_sector_8192_block_32768
                            inv_prefixEnd_sector_8192_block_32768)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_8192_block_32768
               (- (ite (<= inv_prefixEnd_sector_8192_block_32768
                           inv_pos_sector_8192_block_32768)
                       inv_prefixEnd_sector_8192_block_32768
                       inv_pos_sector_8192_block_32768)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_8192_block_32768)
                         (<= newSize_sector_8192_block_32768
                             inv_prefixEnd_sector_8192_block_32768)))
                inv_clean_sector_8192_block_32768))
      (a!16 (<= offset
                (ite (and step_failed_sector_8192_block_32768
                          (not inv_someFailed_sector_8192_block_32768))
                     inv_pos_sector_8192_block_32768
                     inv_prefixEnd_sector_8192_block_32768)))
      (a!18 (= (ite (and step_failed_sector_8192_block_32768
                         (not inv_someFailed_sector_8192_block_32768))
                    inv_pos_sector_8192_block_32768
                    inv_prefixEnd_sector_8192_block_32768)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_8192_block_32768
                          (not inv_someFailed_sector_8192_block_32768))
                     inv_pos_sector_8192_block_32768
                     inv_prefixEnd_sector_8192_block_32768)))
      (a!20 (= (ite (and step_failed_sector_8192_block_32768
                         (< inv_pos_sector_8192_block_32768
                            inv_lowestFailedStart_sector_8192_block_32768))
                    inv_pos_sector_8192_block_32768
                    inv_lowestFailedStart_sector_8192_block_32768)
               (ite (and step_failed_sector_8192_block_32768
                         (not inv_someFailed_sector_8192_block_32768))
                    inv_pos_sector_8192_block_32768
                    inv_prefixEnd_sector_8192_block_32768)))
      (a!31 (<= newSize_sector_8192_block_32768
                (ite (and step_failed_sector_8192_block_32768
                          (not inv_someFailed_sector_8192_block_32768))
                     inv_pos_sector_8192_block_32768
                     inv_prefixEnd_sector_8192_block_32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768)))
      (a!32 (not (or (not (or inv_someFailed_sector_8192_block_32768
                              step_failed_sector_8192_block_32768))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_8192_block_32768))
                 maxBioBytes
                 (- a!8 inv_pos_sector_8192_block_32768)))
      (a!14 (= (ite (and step_failed_sector_8192_block_32768
                         (not inv_someFailed_sector_8192_block_32768))
                    inv_pos_sector_8192_block_32768
                    inv_prefixEnd_sector_8192_block_32768)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_8192_block_32768
                              step_failed_sector_8192_block_32768)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_8192_block_32768
                         (not inv_someFailed_sector_8192_block_32768))
                    inv_pos_sector_8192_block_32768
                    inv_prefixEnd_sector_8192_block_32768)
               (+ inv_pos_sector_8192_block_32768 a!13)))
      (a!21 (+ inv_okBytes_sector_8192_block_32768
               (ite (not step_failed_sector_8192_block_32768)
                    (- (+ inv_pos_sector_8192_block_32768 a!13)
                       inv_pos_sector_8192_block_32768)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_8192_block_32768
                              step_failed_sector_8192_block_32768)))
                (= (+ inv_failedBytes_sector_8192_block_32768
                      (ite step_failed_sector_8192_block_32768 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_8192_block_32768 a!13)
               (ite (and step_failed_sector_8192_block_32768
                         (not inv_someFailed_sector_8192_block_32768))
                    inv_pos_sector_8192_block_32768
                    inv_prefixEnd_sector_8192_block_32768)))
      (a!26 (ite (and (not step_failed_sector_8192_block_32768)
                      (< inv_highestOkEnd_sector_8192_block_32768
                         (+ inv_pos_sector_8192_block_32768 a!13)))
                 (+ inv_pos_sector_8192_block_32768 a!13)
                 inv_highestOkEnd_sector_8192_block_32768))
      (a!28 (+ inv_okBytesBeforeFailure_sector_8192_block_32768
               (ite (not (or inv_failureArrived_sector_8192_block_32768
                             step_failed_sector_8192_block_32768))
                    (- (+ inv_pos_sector_8192_block_32768 a!13)
                       inv_pos_sector_8192_block_32768)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_8192_block_32768
                          (not inv_someFailed_sector_8192_block_32768))
                     inv_pos_sector_8192_block_32768
                     inv_prefixEnd_sector_8192_block_32768)
                (+ inv_pos_sector_8192_block_32768 a!13)))
      (a!33 (or (not step_failed_sector_8192_block_32768)
                (<= (+ inv_pos_sector_8192_block_32768 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_8192_block_32768
                    inv_pos_sector_8192_block_32768))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_8192_block_32768 a!13) offset)
                  (+ inv_failedBytes_sector_8192_block_32768
                     (ite step_failed_sector_8192_block_32768 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_8192_block_32768
                       (ite step_failed_sector_8192_block_32768 a!13 0)))
                 (<= (+ inv_failedBytes_sector_8192_block_32768
                        (ite step_failed_sector_8192_block_32768 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_8192_block_32768
                              step_failed_sector_8192_block_32768)))
                (= a!26 (+ inv_pos_sector_8192_block_32768 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_8192_block_32768
                           (not inv_someFailed_sector_8192_block_32768))
                      inv_pos_sector_8192_block_32768
                      inv_prefixEnd_sector_8192_block_32768)
                 (+ inv_pos_sector_8192_block_32768 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_8192_block_32768 a!13))
                 (<= (+ inv_pos_sector_8192_block_32768 a!13) a!8)
                 (or (= (+ inv_pos_sector_8192_block_32768 a!13) offset)
                     (= (+ inv_pos_sector_8192_block_32768 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_8192_block_32768 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_8192_block_32768
                              step_failed_sector_8192_block_32768))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_8192_block_32768
                        step_failed_sector_8192_block_32768)
                    (or inv_someFailed_sector_8192_block_32768
                        step_failed_sector_8192_block_32768))
                 (= (or inv_failureArrived_sector_8192_block_32768
                        step_failed_sector_8192_block_32768)
                    (or inv_someFailed_sector_8192_block_32768
                        step_failed_sector_8192_block_32768))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_8192_block_32768
                              step_failed_sector_8192_block_32768))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_8192_block_32768 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_8192_block_32768 a!33)))))
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
       (<= offset inv_pos_sector_8192_block_32768)
       (<= inv_pos_sector_8192_block_32768 a!8)
       (or (= inv_pos_sector_8192_block_32768 offset)
           (= inv_pos_sector_8192_block_32768 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_8192_block_32768))
       (or (not (not inv_someFailed_sector_8192_block_32768))
           (= inv_prefixEnd_sector_8192_block_32768 a!8))
       (or (not inv_someFailed_sector_8192_block_32768) a!9)
       (= inv_anyFailed_sector_8192_block_32768
          inv_someFailed_sector_8192_block_32768)
       (= inv_failureArrived_sector_8192_block_32768
          inv_someFailed_sector_8192_block_32768)
       (= inv_lowestFailedStart_sector_8192_block_32768
          inv_prefixEnd_sector_8192_block_32768)
       (= inv_okBytes_sector_8192_block_32768
          (- (- inv_pos_sector_8192_block_32768 offset)
             inv_failedBytes_sector_8192_block_32768))
       (or (not (not inv_someFailed_sector_8192_block_32768))
           (= inv_failedBytes_sector_8192_block_32768 0))
       a!10
       (<= offset inv_highestOkEnd_sector_8192_block_32768)
       (<= inv_highestOkEnd_sector_8192_block_32768
           inv_pos_sector_8192_block_32768)
       (or (not (not inv_someFailed_sector_8192_block_32768))
           (= inv_highestOkEnd_sector_8192_block_32768
              inv_pos_sector_8192_block_32768))
       a!11
       a!12
       (< inv_pos_sector_8192_block_32768 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-16384-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-16384-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_16384_block_32768 () Int)
(declare-fun newSize_sector_16384_block_32768 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_16384_block_32768 () Bool)
(declare-fun inv_clean_sector_16384_block_32768 () Bool)
(declare-fun inv_prefixEnd_sector_16384_block_32768 () Int)
(declare-fun inv_someFailed_sector_16384_block_32768 () Bool)
(declare-fun inv_failureArrived_sector_16384_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_16384_block_32768 () Int)
(declare-fun inv_highestOkEnd_sector_16384_block_32768 () Int)
(declare-fun inv_failedBytes_sector_16384_block_32768 () Int)
(declare-fun inv_okBytes_sector_16384_block_32768 () Int)
(declare-fun inv_lowestFailedStart_sector_16384_block_32768 () Int)
(declare-fun inv_anyFailed_sector_16384_block_32768 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_16384_block_32768)
                (< inv_prefixEnd_sector_16384_block_32768
                   inv_pos_sector_16384_block_32768)
                (or (= inv_prefixEnd_sector_16384_block_32768 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_16384_block_32768))))
      (a!10 (or (not inv_someFailed_sector_16384_block_32768)
                (and (< 0 inv_failedBytes_sector_16384_block_32768)
                     (<= inv_failedBytes_sector_16384_block_32768
                         (- inv_pos_sector_16384_block_32768
                            inv_prefixEnd_sector_16384_block_32768)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_16384_block_32768
               (- (ite (<= inv_prefixEnd_sector_16384_block_32768
                           inv_pos_sector_16384_block_32768)
                       inv_prefixEnd_sector_16384_block_32768
                       inv_pos_sector_16384_block_32768)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_16384_block_32768)
                         (<= newSize_sector_16384_block_32768
                             inv_prefixEnd_sector_16384_block_32768)))
                inv_clean_sector_16384_block_32768))
      (a!16 (<= offset
                (ite (and step_failed_sector_16384_block_32768
                          (not inv_someFailed_sector_16384_block_32768))
                     inv_pos_sector_16384_block_32768
                     inv_prefixEnd_sector_16384_block_32768)))
      (a!18 (= (ite (and step_failed_sector_16384_block_32768
                         (not inv_someFailed_sector_16384_block_32768))
                    inv_pos_sector_16384_block_32768
                    inv_prefixEnd_sector_16384_block_32768)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_16384_block_32768
                          (not inv_someFailed_sector_16384_block_32768))
                     inv_pos_sector_16384_block_32768
                     inv_prefixEnd_sector_16384_block_32768)))
      (a!20 (= (ite (and step_failed_sector_16384_block_32768
                         (< inv_pos_sector_16384_block_32768
                            inv_lowestFailedStart_sector_16384_block_32768))
                    inv_pos_sector_16384_block_32768
                    inv_lowestFailedStart_sector_16384_block_32768)
               (ite (and step_failed_sector_16384_block_32768
                         (not inv_someFailed_sector_16384_block_32768))
                    inv_pos_sector_16384_block_32768
                    inv_prefixEnd_sector_16384_block_32768)))
      (a!31 (<= newSize_sector_16384_block_32768
                (ite (and step_failed_sector_16384_block_32768
                          (not inv_someFailed_sector_16384_block_32768))
                     inv_pos_sector_16384_block_32768
                     inv_prefixEnd_sector_16384_block_32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768)))
      (a!32 (not (or (not (or inv_someFailed_sector_16384_block_32768
                              step_failed_sector_16384_block_32768))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_16384_block_32768))
                 maxBioBytes
                 (- a!8 inv_pos_sector_16384_block_32768)))
      (a!14 (= (ite (and step_failed_sector_16384_block_32768
                         (not inv_someFailed_sector_16384_block_32768))
                    inv_pos_sector_16384_block_32768
                    inv_prefixEnd_sector_16384_block_32768)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_16384_block_32768
                              step_failed_sector_16384_block_32768)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_16384_block_32768
                         (not inv_someFailed_sector_16384_block_32768))
                    inv_pos_sector_16384_block_32768
                    inv_prefixEnd_sector_16384_block_32768)
               (+ inv_pos_sector_16384_block_32768 a!13)))
      (a!21 (+ inv_okBytes_sector_16384_block_32768
               (ite (not step_failed_sector_16384_block_32768)
                    (- (+ inv_pos_sector_16384_block_32768 a!13)
                       inv_pos_sector_16384_block_32768)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_16384_block_32768
                              step_failed_sector_16384_block_32768)))
                (= (+ inv_failedBytes_sector_16384_block_32768
                      (ite step_failed_sector_16384_block_32768 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_16384_block_32768 a!13)
               (ite (and step_failed_sector_16384_block_32768
                         (not inv_someFailed_sector_16384_block_32768))
                    inv_pos_sector_16384_block_32768
                    inv_prefixEnd_sector_16384_block_32768)))
      (a!26 (ite (and (not step_failed_sector_16384_block_32768)
                      (< inv_highestOkEnd_sector_16384_block_32768
                         (+ inv_pos_sector_16384_block_32768 a!13)))
                 (+ inv_pos_sector_16384_block_32768 a!13)
                 inv_highestOkEnd_sector_16384_block_32768))
      (a!28 (+ inv_okBytesBeforeFailure_sector_16384_block_32768
               (ite (not (or inv_failureArrived_sector_16384_block_32768
                             step_failed_sector_16384_block_32768))
                    (- (+ inv_pos_sector_16384_block_32768 a!13)
                       inv_pos_sector_16384_block_32768)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_16384_block_32768
                          (not inv_someFailed_sector_16384_block_32768))
                     inv_pos_sector_16384_block_32768
                     inv_prefixEnd_sector_16384_block_32768)
                (+ inv_pos_sector_16384_block_32768 a!13)))
      (a!33 (or (not step_failed_sector_16384_block_32768)
                (<= (+ inv_pos_sector_16384_block_32768 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_16384_block_32768
                    inv_pos_sector_16384_block_32768))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_16384_block_32768 a!13) offset)
                  (+ inv_failedBytes_sector_16384_block_32768
                     (ite step_failed_sector_16384_block_32768 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_16384_block_32768
                       (ite step_failed_sector_16384_block_32768 a!13 0)))
                 (<= (+ inv_failedBytes_sector_16384_block_32768
                        (ite step_failed_sector_16384_block_32768 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_16384_block_32768
                              step_failed_sector_16384_block_32768)))
                (= a!26 (+ inv_pos_sector_16384_block_32768 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_16384_block_32768
                           (not inv_someFailed_sector_16384_block_32768))
                      inv_pos_sector_16384_block_32768
                      inv_prefixEnd_sector_16384_block_32768)
                 (+ inv_pos_sector_16384_block_32768 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_16384_block_32768 a!13))
                 (<= (+ inv_pos_sector_16384_block_32768 a!13) a!8)
                 (or (= (+ inv_pos_sector_16384_block_32768 a!13) offset)
                     (= (+ inv_pos_sector_16384_block_32768 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_16384_block_32768 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_16384_block_32768
                              step_failed_sector_16384_block_32768))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_16384_block_32768
                        step_failed_sector_16384_block_32768)
                    (or inv_someFailed_sector_16384_block_32768
                        step_failed_sector_16384_block_32768))
                 (= (or inv_failureArrived_sector_16384_block_32768
                        step_failed_sector_16384_block_32768)
                    (or inv_someFailed_sector_16384_block_32768
                        step_failed_sector_16384_block_32768))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_16384_block_32768
                              step_failed_sector_16384_block_32768))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_16384_block_32768 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_16384_block_32768 a!33)))))
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
       (<= offset inv_pos_sector_16384_block_32768)
       (<= inv_pos_sector_16384_block_32768 a!8)
       (or (= inv_pos_sector_16384_block_32768 offset)
           (= inv_pos_sector_16384_block_32768 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_16384_block_32768))
       (or (not (not inv_someFailed_sector_16384_block_32768))
           (= inv_prefixEnd_sector_16384_block_32768 a!8))
       (or (not inv_someFailed_sector_16384_block_32768) a!9)
       (= inv_anyFailed_sector_16384_block_32768
          inv_someFailed_sector_16384_block_32768)
       (= inv_failureArrived_sector_16384_block_32768
          inv_someFailed_sector_16384_block_32768)
       (= inv_lowestFailedStart_sector_16384_block_32768
          inv_prefixEnd_sector_16384_block_32768)
       (= inv_okBytes_sector_16384_block_32768
          (- (- inv_pos_sector_16384_block_32768 offset)
             inv_failedBytes_sector_16384_block_32768))
       (or (not (not inv_someFailed_sector_16384_block_32768))
           (= inv_failedBytes_sector_16384_block_32768 0))
       a!10
       (<= offset inv_highestOkEnd_sector_16384_block_32768)
       (<= inv_highestOkEnd_sector_16384_block_32768
           inv_pos_sector_16384_block_32768)
       (or (not (not inv_someFailed_sector_16384_block_32768))
           (= inv_highestOkEnd_sector_16384_block_32768
              inv_pos_sector_16384_block_32768))
       a!11
       a!12
       (< inv_pos_sector_16384_block_32768 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-32768-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-32768-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_32768_block_32768 () Int)
(declare-fun newSize_sector_32768_block_32768 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_32768_block_32768 () Bool)
(declare-fun inv_clean_sector_32768_block_32768 () Bool)
(declare-fun inv_prefixEnd_sector_32768_block_32768 () Int)
(declare-fun inv_someFailed_sector_32768_block_32768 () Bool)
(declare-fun inv_failureArrived_sector_32768_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_32768_block_32768 () Int)
(declare-fun inv_highestOkEnd_sector_32768_block_32768 () Int)
(declare-fun inv_failedBytes_sector_32768_block_32768 () Int)
(declare-fun inv_okBytes_sector_32768_block_32768 () Int)
(declare-fun inv_lowestFailedStart_sector_32768_block_32768 () Int)
(declare-fun inv_anyFailed_sector_32768_block_32768 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_32768_block_32768)
                (< inv_prefixEnd_sector_32768_block_32768
                   inv_pos_sector_32768_block_32768)
                (or (= inv_prefixEnd_sector_32768_block_32768 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_32768_block_32768))))
      (a!10 (or (not inv_someFailed_sector_32768_block_32768)
                (and (< 0 inv_failedBytes_sector_32768_block_32768)
                     (<= inv_failedBytes_sector_32768_block_32768
                         (- inv_pos_sector_32768_block_32768
                            inv_prefixEnd_sector_32768_block_32768)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_32768_block_32768
               (- (ite (<= inv_prefixEnd_sector_32768_block_32768
                           inv_pos_sector_32768_block_32768)
                       inv_prefixEnd_sector_32768_block_32768
                       inv_pos_sector_32768_block_32768)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_32768_block_32768)
                         (<= newSize_sector_32768_block_32768
                             inv_prefixEnd_sector_32768_block_32768)))
                inv_clean_sector_32768_block_32768))
      (a!16 (<= offset
                (ite (and step_failed_sector_32768_block_32768
                          (not inv_someFailed_sector_32768_block_32768))
                     inv_pos_sector_32768_block_32768
                     inv_prefixEnd_sector_32768_block_32768)))
      (a!18 (= (ite (and step_failed_sector_32768_block_32768
                         (not inv_someFailed_sector_32768_block_32768))
                    inv_pos_sector_32768_block_32768
                    inv_prefixEnd_sector_32768_block_32768)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_32768_block_32768
                          (not inv_someFailed_sector_32768_block_32768))
                     inv_pos_sector_32768_block_32768
                     inv_prefixEnd_sector_32768_block_32768)))
      (a!20 (= (ite (and step_failed_sector_32768_block_32768
                         (< inv_pos_sector_32768_block_32768
                            inv_lowestFailedStart_sector_32768_block_32768))
                    inv_pos_sector_32768_block_32768
                    inv_lowestFailedStart_sector_32768_block_32768)
               (ite (and step_failed_sector_32768_block_32768
                         (not inv_someFailed_sector_32768_block_32768))
                    inv_pos_sector_32768_block_32768
                    inv_prefixEnd_sector_32768_block_32768)))
      (a!31 (<= newSize_sector_32768_block_32768
                (ite (and step_failed_sector_32768_block_32768
                          (not inv_someFailed_sector_32768_block_32768))
                     inv_pos_sector_32768_block_32768
                     inv_prefixEnd_sector_32768_block_32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (+ (- a!3 (mod a!3 32768)) (ite (= (mod a!3 32768) 0) 0 32768)))
      (a!32 (not (or (not (or inv_someFailed_sector_32768_block_32768
                              step_failed_sector_32768_block_32768))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 32768)))
                (- offset (mod offset 32768))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 32768)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 32768))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_32768_block_32768))
                 maxBioBytes
                 (- a!8 inv_pos_sector_32768_block_32768)))
      (a!14 (= (ite (and step_failed_sector_32768_block_32768
                         (not inv_someFailed_sector_32768_block_32768))
                    inv_pos_sector_32768_block_32768
                    inv_prefixEnd_sector_32768_block_32768)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_32768_block_32768
                              step_failed_sector_32768_block_32768)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_32768_block_32768
                         (not inv_someFailed_sector_32768_block_32768))
                    inv_pos_sector_32768_block_32768
                    inv_prefixEnd_sector_32768_block_32768)
               (+ inv_pos_sector_32768_block_32768 a!13)))
      (a!21 (+ inv_okBytes_sector_32768_block_32768
               (ite (not step_failed_sector_32768_block_32768)
                    (- (+ inv_pos_sector_32768_block_32768 a!13)
                       inv_pos_sector_32768_block_32768)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_32768_block_32768
                              step_failed_sector_32768_block_32768)))
                (= (+ inv_failedBytes_sector_32768_block_32768
                      (ite step_failed_sector_32768_block_32768 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_32768_block_32768 a!13)
               (ite (and step_failed_sector_32768_block_32768
                         (not inv_someFailed_sector_32768_block_32768))
                    inv_pos_sector_32768_block_32768
                    inv_prefixEnd_sector_32768_block_32768)))
      (a!26 (ite (and (not step_failed_sector_32768_block_32768)
                      (< inv_highestOkEnd_sector_32768_block_32768
                         (+ inv_pos_sector_32768_block_32768 a!13)))
                 (+ inv_pos_sector_32768_block_32768 a!13)
                 inv_highestOkEnd_sector_32768_block_32768))
      (a!28 (+ inv_okBytesBeforeFailure_sector_32768_block_32768
               (ite (not (or inv_failureArrived_sector_32768_block_32768
                             step_failed_sector_32768_block_32768))
                    (- (+ inv_pos_sector_32768_block_32768 a!13)
                       inv_pos_sector_32768_block_32768)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_32768_block_32768
                          (not inv_someFailed_sector_32768_block_32768))
                     inv_pos_sector_32768_block_32768
                     inv_prefixEnd_sector_32768_block_32768)
                (+ inv_pos_sector_32768_block_32768 a!13)))
      (a!33 (or (not step_failed_sector_32768_block_32768)
                (<= (+ inv_pos_sector_32768_block_32768 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_32768_block_32768
                    inv_pos_sector_32768_block_32768))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_32768_block_32768 a!13) offset)
                  (+ inv_failedBytes_sector_32768_block_32768
                     (ite step_failed_sector_32768_block_32768 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_32768_block_32768
                       (ite step_failed_sector_32768_block_32768 a!13 0)))
                 (<= (+ inv_failedBytes_sector_32768_block_32768
                        (ite step_failed_sector_32768_block_32768 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_32768_block_32768
                              step_failed_sector_32768_block_32768)))
                (= a!26 (+ inv_pos_sector_32768_block_32768 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_32768_block_32768
                           (not inv_someFailed_sector_32768_block_32768))
                      inv_pos_sector_32768_block_32768
                      inv_prefixEnd_sector_32768_block_32768)
                 (+ inv_pos_sector_32768_block_32768 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_32768_block_32768 a!13))
                 (<= (+ inv_pos_sector_32768_block_32768 a!13) a!8)
                 (or (= (+ inv_pos_sector_32768_block_32768 a!13) offset)
                     (= (+ inv_pos_sector_32768_block_32768 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_32768_block_32768 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_32768_block_32768
                              step_failed_sector_32768_block_32768))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_32768_block_32768
                        step_failed_sector_32768_block_32768)
                    (or inv_someFailed_sector_32768_block_32768
                        step_failed_sector_32768_block_32768))
                 (= (or inv_failureArrived_sector_32768_block_32768
                        step_failed_sector_32768_block_32768)
                    (or inv_someFailed_sector_32768_block_32768
                        step_failed_sector_32768_block_32768))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_32768_block_32768
                              step_failed_sector_32768_block_32768))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_32768_block_32768 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_32768_block_32768 a!33)))))
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
       (<= offset inv_pos_sector_32768_block_32768)
       (<= inv_pos_sector_32768_block_32768 a!8)
       (or (= inv_pos_sector_32768_block_32768 offset)
           (= inv_pos_sector_32768_block_32768 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_32768_block_32768))
       (or (not (not inv_someFailed_sector_32768_block_32768))
           (= inv_prefixEnd_sector_32768_block_32768 a!8))
       (or (not inv_someFailed_sector_32768_block_32768) a!9)
       (= inv_anyFailed_sector_32768_block_32768
          inv_someFailed_sector_32768_block_32768)
       (= inv_failureArrived_sector_32768_block_32768
          inv_someFailed_sector_32768_block_32768)
       (= inv_lowestFailedStart_sector_32768_block_32768
          inv_prefixEnd_sector_32768_block_32768)
       (= inv_okBytes_sector_32768_block_32768
          (- (- inv_pos_sector_32768_block_32768 offset)
             inv_failedBytes_sector_32768_block_32768))
       (or (not (not inv_someFailed_sector_32768_block_32768))
           (= inv_failedBytes_sector_32768_block_32768 0))
       a!10
       (<= offset inv_highestOkEnd_sector_32768_block_32768)
       (<= inv_highestOkEnd_sector_32768_block_32768
           inv_pos_sector_32768_block_32768)
       (or (not (not inv_someFailed_sector_32768_block_32768))
           (= inv_highestOkEnd_sector_32768_block_32768
              inv_pos_sector_32768_block_32768))
       a!11
       a!12
       (< inv_pos_sector_32768_block_32768 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-512-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-512-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_512_block_65536 () Int)
(declare-fun newSize_sector_512_block_65536 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_512_block_65536 () Bool)
(declare-fun inv_clean_sector_512_block_65536 () Bool)
(declare-fun inv_prefixEnd_sector_512_block_65536 () Int)
(declare-fun inv_someFailed_sector_512_block_65536 () Bool)
(declare-fun inv_failureArrived_sector_512_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_65536 () Int)
(declare-fun inv_highestOkEnd_sector_512_block_65536 () Int)
(declare-fun inv_failedBytes_sector_512_block_65536 () Int)
(declare-fun inv_okBytes_sector_512_block_65536 () Int)
(declare-fun inv_lowestFailedStart_sector_512_block_65536 () Int)
(declare-fun inv_anyFailed_sector_512_block_65536 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_512_block_65536)
                (< inv_prefixEnd_sector_512_block_65536
                   inv_pos_sector_512_block_65536)
                (or (= inv_prefixEnd_sector_512_block_65536 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_512_block_65536))))
      (a!10 (or (not inv_someFailed_sector_512_block_65536)
                (and (< 0 inv_failedBytes_sector_512_block_65536)
                     (<= inv_failedBytes_sector_512_block_65536
                         (- inv_pos_sector_512_block_65536
                            inv_prefixEnd_sector_512_block_65536)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_512_block_65536
               (- (ite (<= inv_prefixEnd_sector_512_block_65536
                           inv_pos_sector_512_block_65536)
                       inv_prefixEnd_sector_512_block_65536
                       inv_pos_sector_512_block_65536)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_512_block_65536)
                         (<= newSize_sector_512_block_65536
                             inv_prefixEnd_sector_512_block_65536)))
                inv_clean_sector_512_block_65536))
      (a!16 (<= offset
                (ite (and step_failed_sector_512_block_65536
                          (not inv_someFailed_sector_512_block_65536))
                     inv_pos_sector_512_block_65536
                     inv_prefixEnd_sector_512_block_65536)))
      (a!18 (= (ite (and step_failed_sector_512_block_65536
                         (not inv_someFailed_sector_512_block_65536))
                    inv_pos_sector_512_block_65536
                    inv_prefixEnd_sector_512_block_65536)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_512_block_65536
                          (not inv_someFailed_sector_512_block_65536))
                     inv_pos_sector_512_block_65536
                     inv_prefixEnd_sector_512_block_65536)))
      (a!20 (= (ite (and step_failed_sector_512_block_65536
                         (< inv_pos_sector_512_block_65536
                            inv_lowestFailedStart_sector_512_block_65536))
                    inv_pos_sector_512_block_65536
                    inv_lowestFailedStart_sector_512_block_65536)
               (ite (and step_failed_sector_512_block_65536
                         (not inv_someFailed_sector_512_block_65536))
                    inv_pos_sector_512_block_65536
                    inv_prefixEnd_sector_512_block_65536)))
      (a!31 (<= newSize_sector_512_block_65536
                (ite (and step_failed_sector_512_block_65536
                          (not inv_someFailed_sector_512_block_65536))
                     inv_pos_sector_512_block_65536
                     inv_prefixEnd_sector_512_block_65536))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!32 (not (or (not (or inv_someFailed_sector_512_block_65536
                              step_failed_sector_512_block_65536))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_512_block_65536))
                 maxBioBytes
                 (- a!8 inv_pos_sector_512_block_65536)))
      (a!14 (= (ite (and step_failed_sector_512_block_65536
                         (not inv_someFailed_sector_512_block_65536))
                    inv_pos_sector_512_block_65536
                    inv_prefixEnd_sector_512_block_65536)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_512_block_65536
                              step_failed_sector_512_block_65536)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_512_block_65536
                         (not inv_someFailed_sector_512_block_65536))
                    inv_pos_sector_512_block_65536
                    inv_prefixEnd_sector_512_block_65536)
               (+ inv_pos_sector_512_block_65536 a!13)))
      (a!21 (+ inv_okBytes_sector_512_block_65536
               (ite (not step_failed_sector_512_block_65536)
                    (- (+ inv_pos_sector_512_block_65536 a!13)
                       inv_pos_sector_512_block_65536)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_512_block_65536
                              step_failed_sector_512_block_65536)))
                (= (+ inv_failedBytes_sector_512_block_65536
                      (ite step_failed_sector_512_block_65536 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_512_block_65536 a!13)
               (ite (and step_failed_sector_512_block_65536
                         (not inv_someFailed_sector_512_block_65536))
                    inv_pos_sector_512_block_65536
                    inv_prefixEnd_sector_512_block_65536)))
      (a!26 (ite (and (not step_failed_sector_512_block_65536)
                      (< inv_highestOkEnd_sector_512_block_65536
                         (+ inv_pos_sector_512_block_65536 a!13)))
                 (+ inv_pos_sector_512_block_65536 a!13)
                 inv_highestOkEnd_sector_512_block_65536))
      (a!28 (+ inv_okBytesBeforeFailure_sector_512_block_65536
               (ite (not (or inv_failureArrived_sector_512_block_65536
                             step_failed_sector_512_block_65536))
                    (- (+ inv_pos_sector_512_block_65536 a!13)
                       inv_pos_sector_512_block_65536)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_512_block_65536
                          (not inv_someFailed_sector_512_block_65536))
                     inv_pos_sector_512_block_65536
                     inv_prefixEnd_sector_512_block_65536)
                (+ inv_pos_sector_512_block_65536 a!13)))
      (a!33 (or (not step_failed_sector_512_block_65536)
                (<= (+ inv_pos_sector_512_block_65536 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_512_block_65536
                    inv_pos_sector_512_block_65536))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_512_block_65536 a!13) offset)
                  (+ inv_failedBytes_sector_512_block_65536
                     (ite step_failed_sector_512_block_65536 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_512_block_65536
                       (ite step_failed_sector_512_block_65536 a!13 0)))
                 (<= (+ inv_failedBytes_sector_512_block_65536
                        (ite step_failed_sector_512_block_65536 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_512_block_65536
                              step_failed_sector_512_block_65536)))
                (= a!26 (+ inv_pos_sector_512_block_65536 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_512_block_65536
                           (not inv_someFailed_sector_512_block_65536))
                      inv_pos_sector_512_block_65536
                      inv_prefixEnd_sector_512_block_65536)
                 (+ inv_pos_sector_512_block_65536 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_512_block_65536 a!13))
                 (<= (+ inv_pos_sector_512_block_65536 a!13) a!8)
                 (or (= (+ inv_pos_sector_512_block_65536 a!13) offset)
                     (= (+ inv_pos_sector_512_block_65536 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_512_block_65536 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_512_block_65536
                              step_failed_sector_512_block_65536))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_512_block_65536
                        step_failed_sector_512_block_65536)
                    (or inv_someFailed_sector_512_block_65536
                        step_failed_sector_512_block_65536))
                 (= (or inv_failureArrived_sector_512_block_65536
                        step_failed_sector_512_block_65536)
                    (or inv_someFailed_sector_512_block_65536
                        step_failed_sector_512_block_65536))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_512_block_65536
                              step_failed_sector_512_block_65536))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_512_block_65536 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_512_block_65536 a!33)))))
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
       (<= offset inv_pos_sector_512_block_65536)
       (<= inv_pos_sector_512_block_65536 a!8)
       (or (= inv_pos_sector_512_block_65536 offset)
           (= inv_pos_sector_512_block_65536 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_512_block_65536))
       (or (not (not inv_someFailed_sector_512_block_65536))
           (= inv_prefixEnd_sector_512_block_65536 a!8))
       (or (not inv_someFailed_sector_512_block_65536) a!9)
       (= inv_anyFailed_sector_512_block_65536
          inv_someFailed_sector_512_block_65536)
       (= inv_failureArrived_sector_512_block_65536
          inv_someFailed_sector_512_block_65536)
       (= inv_lowestFailedStart_sector_512_block_65536
          inv_prefixEnd_sector_512_block_65536)
       (= inv_okBytes_sector_512_block_65536
          (- (- inv_pos_sector_512_block_65536 offset)
             inv_failedBytes_sector_512_block_65536))
       (or (not (not inv_someFailed_sector_512_block_65536))
           (= inv_failedBytes_sector_512_block_65536 0))
       a!10
       (<= offset inv_highestOkEnd_sector_512_block_65536)
       (<= inv_highestOkEnd_sector_512_block_65536
           inv_pos_sector_512_block_65536)
       (or (not (not inv_someFailed_sector_512_block_65536))
           (= inv_highestOkEnd_sector_512_block_65536
              inv_pos_sector_512_block_65536))
       a!11
       a!12
       (< inv_pos_sector_512_block_65536 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-1024-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-1024-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_1024_block_65536 () Int)
(declare-fun newSize_sector_1024_block_65536 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_1024_block_65536 () Bool)
(declare-fun inv_clean_sector_1024_block_65536 () Bool)
(declare-fun inv_prefixEnd_sector_1024_block_65536 () Int)
(declare-fun inv_someFailed_sector_1024_block_65536 () Bool)
(declare-fun inv_failureArrived_sector_1024_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_65536 () Int)
(declare-fun inv_highestOkEnd_sector_1024_block_65536 () Int)
(declare-fun inv_failedBytes_sector_1024_block_65536 () Int)
(declare-fun inv_okBytes_sector_1024_block_65536 () Int)
(declare-fun inv_lowestFailedStart_sector_1024_block_65536 () Int)
(declare-fun inv_anyFailed_sector_1024_block_65536 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_1024_block_65536)
                (< inv_prefixEnd_sector_1024_block_65536
                   inv_pos_sector_1024_block_65536)
                (or (= inv_prefixEnd_sector_1024_block_65536 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_1024_block_65536))))
      (a!10 (or (not inv_someFailed_sector_1024_block_65536)
                (and (< 0 inv_failedBytes_sector_1024_block_65536)
                     (<= inv_failedBytes_sector_1024_block_65536
                         (- inv_pos_sector_1024_block_65536
                            inv_prefixEnd_sector_1024_block_65536)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_1024_block_65536
               (- (ite (<= inv_prefixEnd_sector_1024_block_65536
                           inv_pos_sector_1024_block_65536)
                       inv_prefixEnd_sector_1024_block_65536
                       inv_pos_sector_1024_block_65536)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_1024_block_65536)
                         (<= newSize_sector_1024_block_65536
                             inv_prefixEnd_sector_1024_block_65536)))
                inv_clean_sector_1024_block_65536))
      (a!16 (<= offset
                (ite (and step_failed_sector_1024_block_65536
                          (not inv_someFailed_sector_1024_block_65536))
                     inv_pos_sector_1024_block_65536
                     inv_prefixEnd_sector_1024_block_65536)))
      (a!18 (= (ite (and step_failed_sector_1024_block_65536
                         (not inv_someFailed_sector_1024_block_65536))
                    inv_pos_sector_1024_block_65536
                    inv_prefixEnd_sector_1024_block_65536)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_1024_block_65536
                          (not inv_someFailed_sector_1024_block_65536))
                     inv_pos_sector_1024_block_65536
                     inv_prefixEnd_sector_1024_block_65536)))
      (a!20 (= (ite (and step_failed_sector_1024_block_65536
                         (< inv_pos_sector_1024_block_65536
                            inv_lowestFailedStart_sector_1024_block_65536))
                    inv_pos_sector_1024_block_65536
                    inv_lowestFailedStart_sector_1024_block_65536)
               (ite (and step_failed_sector_1024_block_65536
                         (not inv_someFailed_sector_1024_block_65536))
                    inv_pos_sector_1024_block_65536
                    inv_prefixEnd_sector_1024_block_65536)))
      (a!31 (<= newSize_sector_1024_block_65536
                (ite (and step_failed_sector_1024_block_65536
                          (not inv_someFailed_sector_1024_block_65536))
                     inv_pos_sector_1024_block_65536
                     inv_prefixEnd_sector_1024_block_65536))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!32 (not (or (not (or inv_someFailed_sector_1024_block_65536
                              step_failed_sector_1024_block_65536))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_1024_block_65536))
                 maxBioBytes
                 (- a!8 inv_pos_sector_1024_block_65536)))
      (a!14 (= (ite (and step_failed_sector_1024_block_65536
                         (not inv_someFailed_sector_1024_block_65536))
                    inv_pos_sector_1024_block_65536
                    inv_prefixEnd_sector_1024_block_65536)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_1024_block_65536
                              step_failed_sector_1024_block_65536)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_1024_block_65536
                         (not inv_someFailed_sector_1024_block_65536))
                    inv_pos_sector_1024_block_65536
                    inv_prefixEnd_sector_1024_block_65536)
               (+ inv_pos_sector_1024_block_65536 a!13)))
      (a!21 (+ inv_okBytes_sector_1024_block_65536
               (ite (not step_failed_sector_1024_block_65536)
                    (- (+ inv_pos_sector_1024_block_65536 a!13)
                       inv_pos_sector_1024_block_65536)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_1024_block_65536
                              step_failed_sector_1024_block_65536)))
                (= (+ inv_failedBytes_sector_1024_block_65536
                      (ite step_failed_sector_1024_block_65536 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_1024_block_65536 a!13)
               (ite (and step_failed_sector_1024_block_65536
                         (not inv_someFailed_sector_1024_block_65536))
                    inv_pos_sector_1024_block_65536
                    inv_prefixEnd_sector_1024_block_65536)))
      (a!26 (ite (and (not step_failed_sector_1024_block_65536)
                      (< inv_highestOkEnd_sector_1024_block_65536
                         (+ inv_pos_sector_1024_block_65536 a!13)))
                 (+ inv_pos_sector_1024_block_65536 a!13)
                 inv_highestOkEnd_sector_1024_block_65536))
      (a!28 (+ inv_okBytesBeforeFailure_sector_1024_block_65536
               (ite (not (or inv_failureArrived_sector_1024_block_65536
                             step_failed_sector_1024_block_65536))
                    (- (+ inv_pos_sector_1024_block_65536 a!13)
                       inv_pos_sector_1024_block_65536)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_1024_block_65536
                          (not inv_someFailed_sector_1024_block_65536))
                     inv_pos_sector_1024_block_65536
                     inv_prefixEnd_sector_1024_block_65536)
                (+ inv_pos_sector_1024_block_65536 a!13)))
      (a!33 (or (not step_failed_sector_1024_block_65536)
                (<= (+ inv_pos_sector_1024_block_65536 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_1024_block_65536
                    inv_pos_sector_1024_block_65536))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_1024_block_65536 a!13) offset)
                  (+ inv_failedBytes_sector_1024_block_65536
                     (ite step_failed_sector_1024_block_65536 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_1024_block_65536
                       (ite step_failed_sector_1024_block_65536 a!13 0)))
                 (<= (+ inv_failedBytes_sector_1024_block_65536
                        (ite step_failed_sector_1024_block_65536 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_1024_block_65536
                              step_failed_sector_1024_block_65536)))
                (= a!26 (+ inv_pos_sector_1024_block_65536 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_1024_block_65536
                           (not inv_someFailed_sector_1024_block_65536))
                      inv_pos_sector_1024_block_65536
                      inv_prefixEnd_sector_1024_block_65536)
                 (+ inv_pos_sector_1024_block_65536 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_1024_block_65536 a!13))
                 (<= (+ inv_pos_sector_1024_block_65536 a!13) a!8)
                 (or (= (+ inv_pos_sector_1024_block_65536 a!13) offset)
                     (= (+ inv_pos_sector_1024_block_65536 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_1024_block_65536 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_1024_block_65536
                              step_failed_sector_1024_block_65536))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_1024_block_65536
                        step_failed_sector_1024_block_65536)
                    (or inv_someFailed_sector_1024_block_65536
                        step_failed_sector_1024_block_65536))
                 (= (or inv_failureArrived_sector_1024_block_65536
                        step_failed_sector_1024_block_65536)
                    (or inv_someFailed_sector_1024_block_65536
                        step_failed_sector_1024_block_65536))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_1024_block_65536
                              step_failed_sector_1024_block_65536))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_1024_block_65536 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_1024_block_65536 a!33)))))
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
       (<= offset inv_pos_sector_1024_block_65536)
       (<= inv_pos_sector_1024_block_65536 a!8)
       (or (= inv_pos_sector_1024_block_65536 offset)
           (= inv_pos_sector_1024_block_65536 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_1024_block_65536))
       (or (not (not inv_someFailed_sector_1024_block_65536))
           (= inv_prefixEnd_sector_1024_block_65536 a!8))
       (or (not inv_someFailed_sector_1024_block_65536) a!9)
       (= inv_anyFailed_sector_1024_block_65536
          inv_someFailed_sector_1024_block_65536)
       (= inv_failureArrived_sector_1024_block_65536
          inv_someFailed_sector_1024_block_65536)
       (= inv_lowestFailedStart_sector_1024_block_65536
          inv_prefixEnd_sector_1024_block_65536)
       (= inv_okBytes_sector_1024_block_65536
          (- (- inv_pos_sector_1024_block_65536 offset)
             inv_failedBytes_sector_1024_block_65536))
       (or (not (not inv_someFailed_sector_1024_block_65536))
           (= inv_failedBytes_sector_1024_block_65536 0))
       a!10
       (<= offset inv_highestOkEnd_sector_1024_block_65536)
       (<= inv_highestOkEnd_sector_1024_block_65536
           inv_pos_sector_1024_block_65536)
       (or (not (not inv_someFailed_sector_1024_block_65536))
           (= inv_highestOkEnd_sector_1024_block_65536
              inv_pos_sector_1024_block_65536))
       a!11
       a!12
       (< inv_pos_sector_1024_block_65536 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-2048-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-2048-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_2048_block_65536 () Int)
(declare-fun newSize_sector_2048_block_65536 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_2048_block_65536 () Bool)
(declare-fun inv_clean_sector_2048_block_65536 () Bool)
(declare-fun inv_prefixEnd_sector_2048_block_65536 () Int)
(declare-fun inv_someFailed_sector_2048_block_65536 () Bool)
(declare-fun inv_failureArrived_sector_2048_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_65536 () Int)
(declare-fun inv_highestOkEnd_sector_2048_block_65536 () Int)
(declare-fun inv_failedBytes_sector_2048_block_65536 () Int)
(declare-fun inv_okBytes_sector_2048_block_65536 () Int)
(declare-fun inv_lowestFailedStart_sector_2048_block_65536 () Int)
(declare-fun inv_anyFailed_sector_2048_block_65536 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_2048_block_65536)
                (< inv_prefixEnd_sector_2048_block_65536
                   inv_pos_sector_2048_block_65536)
                (or (= inv_prefixEnd_sector_2048_block_65536 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_2048_block_65536))))
      (a!10 (or (not inv_someFailed_sector_2048_block_65536)
                (and (< 0 inv_failedBytes_sector_2048_block_65536)
                     (<= inv_failedBytes_sector_2048_block_65536
                         (- inv_pos_sector_2048_block_65536
                            inv_prefixEnd_sector_2048_block_65536)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_2048_block_65536
               (- (ite (<= inv_prefixEnd_sector_2048_block_65536
                           inv_pos_sector_2048_block_65536)
                       inv_prefixEnd_sector_2048_block_65536
                       inv_pos_sector_2048_block_65536)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_2048_block_65536)
                         (<= newSize_sector_2048_block_65536
                             inv_prefixEnd_sector_2048_block_65536)))
                inv_clean_sector_2048_block_65536))
      (a!16 (<= offset
                (ite (and step_failed_sector_2048_block_65536
                          (not inv_someFailed_sector_2048_block_65536))
                     inv_pos_sector_2048_block_65536
                     inv_prefixEnd_sector_2048_block_65536)))
      (a!18 (= (ite (and step_failed_sector_2048_block_65536
                         (not inv_someFailed_sector_2048_block_65536))
                    inv_pos_sector_2048_block_65536
                    inv_prefixEnd_sector_2048_block_65536)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_2048_block_65536
                          (not inv_someFailed_sector_2048_block_65536))
                     inv_pos_sector_2048_block_65536
                     inv_prefixEnd_sector_2048_block_65536)))
      (a!20 (= (ite (and step_failed_sector_2048_block_65536
                         (< inv_pos_sector_2048_block_65536
                            inv_lowestFailedStart_sector_2048_block_65536))
                    inv_pos_sector_2048_block_65536
                    inv_lowestFailedStart_sector_2048_block_65536)
               (ite (and step_failed_sector_2048_block_65536
                         (not inv_someFailed_sector_2048_block_65536))
                    inv_pos_sector_2048_block_65536
                    inv_prefixEnd_sector_2048_block_65536)))
      (a!31 (<= newSize_sector_2048_block_65536
                (ite (and step_failed_sector_2048_block_65536
                          (not inv_someFailed_sector_2048_block_65536))
                     inv_pos_sector_2048_block_65536
                     inv_prefixEnd_sector_2048_block_65536))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!32 (not (or (not (or inv_someFailed_sector_2048_block_65536
                              step_failed_sector_2048_block_65536))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_2048_block_65536))
                 maxBioBytes
                 (- a!8 inv_pos_sector_2048_block_65536)))
      (a!14 (= (ite (and step_failed_sector_2048_block_65536
                         (not inv_someFailed_sector_2048_block_65536))
                    inv_pos_sector_2048_block_65536
                    inv_prefixEnd_sector_2048_block_65536)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_2048_block_65536
                              step_failed_sector_2048_block_65536)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_2048_block_65536
                         (not inv_someFailed_sector_2048_block_65536))
                    inv_pos_sector_2048_block_65536
                    inv_prefixEnd_sector_2048_block_65536)
               (+ inv_pos_sector_2048_block_65536 a!13)))
      (a!21 (+ inv_okBytes_sector_2048_block_65536
               (ite (not step_failed_sector_2048_block_65536)
                    (- (+ inv_pos_sector_2048_block_65536 a!13)
                       inv_pos_sector_2048_block_65536)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_2048_block_65536
                              step_failed_sector_2048_block_65536)))
                (= (+ inv_failedBytes_sector_2048_block_65536
                      (ite step_failed_sector_2048_block_65536 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_2048_block_65536 a!13)
               (ite (and step_failed_sector_2048_block_65536
                         (not inv_someFailed_sector_2048_block_65536))
                    inv_pos_sector_2048_block_65536
                    inv_prefixEnd_sector_2048_block_65536)))
      (a!26 (ite (and (not step_failed_sector_2048_block_65536)
                      (< inv_highestOkEnd_sector_2048_block_65536
                         (+ inv_pos_sector_2048_block_65536 a!13)))
                 (+ inv_pos_sector_2048_block_65536 a!13)
                 inv_highestOkEnd_sector_2048_block_65536))
      (a!28 (+ inv_okBytesBeforeFailure_sector_2048_block_65536
               (ite (not (or inv_failureArrived_sector_2048_block_65536
                             step_failed_sector_2048_block_65536))
                    (- (+ inv_pos_sector_2048_block_65536 a!13)
                       inv_pos_sector_2048_block_65536)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_2048_block_65536
                          (not inv_someFailed_sector_2048_block_65536))
                     inv_pos_sector_2048_block_65536
                     inv_prefixEnd_sector_2048_block_65536)
                (+ inv_pos_sector_2048_block_65536 a!13)))
      (a!33 (or (not step_failed_sector_2048_block_65536)
                (<= (+ inv_pos_sector_2048_block_65536 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_2048_block_65536
                    inv_pos_sector_2048_block_65536))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_2048_block_65536 a!13) offset)
                  (+ inv_failedBytes_sector_2048_block_65536
                     (ite step_failed_sector_2048_block_65536 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_2048_block_65536
                       (ite step_failed_sector_2048_block_65536 a!13 0)))
                 (<= (+ inv_failedBytes_sector_2048_block_65536
                        (ite step_failed_sector_2048_block_65536 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_2048_block_65536
                              step_failed_sector_2048_block_65536)))
                (= a!26 (+ inv_pos_sector_2048_block_65536 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_2048_block_65536
                           (not inv_someFailed_sector_2048_block_65536))
                      inv_pos_sector_2048_block_65536
                      inv_prefixEnd_sector_2048_block_65536)
                 (+ inv_pos_sector_2048_block_65536 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_2048_block_65536 a!13))
                 (<= (+ inv_pos_sector_2048_block_65536 a!13) a!8)
                 (or (= (+ inv_pos_sector_2048_block_65536 a!13) offset)
                     (= (+ inv_pos_sector_2048_block_65536 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_2048_block_65536 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_2048_block_65536
                              step_failed_sector_2048_block_65536))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_2048_block_65536
                        step_failed_sector_2048_block_65536)
                    (or inv_someFailed_sector_2048_block_65536
                        step_failed_sector_2048_block_65536))
                 (= (or inv_failureArrived_sector_2048_block_65536
                        step_failed_sector_2048_block_65536)
                    (or inv_someFailed_sector_2048_block_65536
                        step_failed_sector_2048_block_65536))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_2048_block_65536
                              step_failed_sector_2048_block_65536))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_2048_block_65536 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_2048_block_65536 a!33)))))
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
       (<= offset inv_pos_sector_2048_block_65536)
       (<= inv_pos_sector_2048_block_65536 a!8)
       (or (= inv_pos_sector_2048_block_65536 offset)
           (= inv_pos_sector_2048_block_65536 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_2048_block_65536))
       (or (not (not inv_someFailed_sector_2048_block_65536))
           (= inv_prefixEnd_sector_2048_block_65536 a!8))
       (or (not inv_someFailed_sector_2048_block_65536) a!9)
       (= inv_anyFailed_sector_2048_block_65536
          inv_someFailed_sector_2048_block_65536)
       (= inv_failureArrived_sector_2048_block_65536
          inv_someFailed_sector_2048_block_65536)
       (= inv_lowestFailedStart_sector_2048_block_65536
          inv_prefixEnd_sector_2048_block_65536)
       (= inv_okBytes_sector_2048_block_65536
          (- (- inv_pos_sector_2048_block_65536 offset)
             inv_failedBytes_sector_2048_block_65536))
       (or (not (not inv_someFailed_sector_2048_block_65536))
           (= inv_failedBytes_sector_2048_block_65536 0))
       a!10
       (<= offset inv_highestOkEnd_sector_2048_block_65536)
       (<= inv_highestOkEnd_sector_2048_block_65536
           inv_pos_sector_2048_block_65536)
       (or (not (not inv_someFailed_sector_2048_block_65536))
           (= inv_highestOkEnd_sector_2048_block_65536
              inv_pos_sector_2048_block_65536))
       a!11
       a!12
       (< inv_pos_sector_2048_block_65536 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-4096-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-4096-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_4096_block_65536 () Int)
(declare-fun newSize_sector_4096_block_65536 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_4096_block_65536 () Bool)
(declare-fun inv_clean_sector_4096_block_65536 () Bool)
(declare-fun inv_prefixEnd_sector_4096_block_65536 () Int)
(declare-fun inv_someFailed_sector_4096_block_65536 () Bool)
(declare-fun inv_failureArrived_sector_4096_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_4096_block_65536 () Int)
(declare-fun inv_highestOkEnd_sector_4096_block_65536 () Int)
(declare-fun inv_failedBytes_sector_4096_block_65536 () Int)
(declare-fun inv_okBytes_sector_4096_block_65536 () Int)
(declare-fun inv_lowestFailedStart_sector_4096_block_65536 () Int)
(declare-fun inv_anyFailed_sector_4096_block_65536 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_4096_block_65536)
                (< inv_prefixEnd_sector_4096_block_65536
                   inv_pos_sector_4096_block_65536)
                (or (= inv_prefixEnd_sector_4096_block_65536 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_4096_block_65536))))
      (a!10 (or (not inv_someFailed_sector_4096_block_65536)
                (and (< 0 inv_failedBytes_sector_4096_block_65536)
                     (<= inv_failedBytes_sector_4096_block_65536
                         (- inv_pos_sector_4096_block_65536
                            inv_prefixEnd_sector_4096_block_65536)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_4096_block_65536
               (- (ite (<= inv_prefixEnd_sector_4096_block_65536
                           inv_pos_sector_4096_block_65536)
                       inv_prefixEnd_sector_4096_block_65536
                       inv_pos_sector_4096_block_65536)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_4096_block_65536)
                         (<= newSize_sector_4096_block_65536
                             inv_prefixEnd_sector_4096_block_65536)))
                inv_clean_sector_4096_block_65536))
      (a!16 (<= offset
                (ite (and step_failed_sector_4096_block_65536
                          (not inv_someFailed_sector_4096_block_65536))
                     inv_pos_sector_4096_block_65536
                     inv_prefixEnd_sector_4096_block_65536)))
      (a!18 (= (ite (and step_failed_sector_4096_block_65536
                         (not inv_someFailed_sector_4096_block_65536))
                    inv_pos_sector_4096_block_65536
                    inv_prefixEnd_sector_4096_block_65536)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_4096_block_65536
                          (not inv_someFailed_sector_4096_block_65536))
                     inv_pos_sector_4096_block_65536
                     inv_prefixEnd_sector_4096_block_65536)))
      (a!20 (= (ite (and step_failed_sector_4096_block_65536
                         (< inv_pos_sector_4096_block_65536
                            inv_lowestFailedStart_sector_4096_block_65536))
                    inv_pos_sector_4096_block_65536
                    inv_lowestFailedStart_sector_4096_block_65536)
               (ite (and step_failed_sector_4096_block_65536
                         (not inv_someFailed_sector_4096_block_65536))
                    inv_pos_sector_4096_block_65536
                    inv_prefixEnd_sector_4096_block_65536)))
      (a!31 (<= newSize_sector_4096_block_65536
                (ite (and step_failed_sector_4096_block_65536
                          (not inv_someFailed_sector_4096_block_65536))
                     inv_pos_sector_4096_block_65536
                     inv_prefixEnd_sector_4096_block_65536))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!32 (not (or (not (or inv_someFailed_sector_4096_block_65536
                              step_failed_sector_4096_block_65536))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_4096_block_65536))
                 maxBioBytes
                 (- a!8 inv_pos_sector_4096_block_65536)))
      (a!14 (= (ite (and step_failed_sector_4096_block_65536
                         (not inv_someFailed_sector_4096_block_65536))
                    inv_pos_sector_4096_block_65536
                    inv_prefixEnd_sector_4096_block_65536)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_4096_block_65536
                              step_failed_sector_4096_block_65536)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_4096_block_65536
                         (not inv_someFailed_sector_4096_block_65536))
                    inv_pos_sector_4096_block_65536
                    inv_prefixEnd_sector_4096_block_65536)
               (+ inv_pos_sector_4096_block_65536 a!13)))
      (a!21 (+ inv_okBytes_sector_4096_block_65536
               (ite (not step_failed_sector_4096_block_65536)
                    (- (+ inv_pos_sector_4096_block_65536 a!13)
                       inv_pos_sector_4096_block_65536)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_4096_block_65536
                              step_failed_sector_4096_block_65536)))
                (= (+ inv_failedBytes_sector_4096_block_65536
                      (ite step_failed_sector_4096_block_65536 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_4096_block_65536 a!13)
               (ite (and step_failed_sector_4096_block_65536
                         (not inv_someFailed_sector_4096_block_65536))
                    inv_pos_sector_4096_block_65536
                    inv_prefixEnd_sector_4096_block_65536)))
      (a!26 (ite (and (not step_failed_sector_4096_block_65536)
                      (< inv_highestOkEnd_sector_4096_block_65536
                         (+ inv_pos_sector_4096_block_65536 a!13)))
                 (+ inv_pos_sector_4096_block_65536 a!13)
                 inv_highestOkEnd_sector_4096_block_65536))
      (a!28 (+ inv_okBytesBeforeFailure_sector_4096_block_65536
               (ite (not (or inv_failureArrived_sector_4096_block_65536
                             step_failed_sector_4096_block_65536))
                    (- (+ inv_pos_sector_4096_block_65536 a!13)
                       inv_pos_sector_4096_block_65536)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_4096_block_65536
                          (not inv_someFailed_sector_4096_block_65536))
                     inv_pos_sector_4096_block_65536
                     inv_prefixEnd_sector_4096_block_65536)
                (+ inv_pos_sector_4096_block_65536 a!13)))
      (a!33 (or (not step_failed_sector_4096_block_65536)
                (<= (+ inv_pos_sector_4096_block_65536 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_4096_block_65536
                    inv_pos_sector_4096_block_65536))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_4096_block_65536 a!13) offset)
                  (+ inv_failedBytes_sector_4096_block_65536
                     (ite step_failed_sector_4096_block_65536 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_4096_block_65536
                       (ite step_failed_sector_4096_block_65536 a!13 0)))
                 (<= (+ inv_failedBytes_sector_4096_block_65536
                        (ite step_failed_sector_4096_block_65536 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_4096_block_65536
                              step_failed_sector_4096_block_65536)))
                (= a!26 (+ inv_pos_sector_4096_block_65536 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_4096_block_65536
                           (not inv_someFailed_sector_4096_block_65536))
                      inv_pos_sector_4096_block_65536
                      inv_prefixEnd_sector_4096_block_65536)
                 (+ inv_pos_sector_4096_block_65536 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_4096_block_65536 a!13))
                 (<= (+ inv_pos_sector_4096_block_65536 a!13) a!8)
                 (or (= (+ inv_pos_sector_4096_block_65536 a!13) offset)
                     (= (+ inv_pos_sector_4096_block_65536 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_4096_block_65536 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_4096_block_65536
                              step_failed_sector_4096_block_65536))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_4096_block_65536
                        step_failed_sector_4096_block_65536)
                    (or inv_someFailed_sector_4096_block_65536
                        step_failed_sector_4096_block_65536))
                 (= (or inv_failureArrived_sector_4096_block_65536
                        step_failed_sector_4096_block_65536)
                    (or inv_someFailed_sector_4096_block_65536
                        step_failed_sector_4096_block_65536))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_4096_block_65536
                              step_failed_sector_4096_block_65536))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_4096_block_65536 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_4096_block_65536 a!33)))))
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
       (<= offset inv_pos_sector_4096_block_65536)
       (<= inv_pos_sector_4096_block_65536 a!8)
       (or (= inv_pos_sector_4096_block_65536 offset)
           (= inv_pos_sector_4096_block_65536 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_4096_block_65536))
       (or (not (not inv_someFailed_sector_4096_block_65536))
           (= inv_prefixEnd_sector_4096_block_65536 a!8))
       (or (not inv_someFailed_sector_4096_block_65536) a!9)
       (= inv_anyFailed_sector_4096_block_65536
          inv_someFailed_sector_4096_block_65536)
       (= inv_failureArrived_sector_4096_block_65536
          inv_someFailed_sector_4096_block_65536)
       (= inv_lowestFailedStart_sector_4096_block_65536
          inv_prefixEnd_sector_4096_block_65536)
       (= inv_okBytes_sector_4096_block_65536
          (- (- inv_pos_sector_4096_block_65536 offset)
             inv_failedBytes_sector_4096_block_65536))
       (or (not (not inv_someFailed_sector_4096_block_65536))
           (= inv_failedBytes_sector_4096_block_65536 0))
       a!10
       (<= offset inv_highestOkEnd_sector_4096_block_65536)
       (<= inv_highestOkEnd_sector_4096_block_65536
           inv_pos_sector_4096_block_65536)
       (or (not (not inv_someFailed_sector_4096_block_65536))
           (= inv_highestOkEnd_sector_4096_block_65536
              inv_pos_sector_4096_block_65536))
       a!11
       a!12
       (< inv_pos_sector_4096_block_65536 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-8192-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-8192-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_8192_block_65536 () Int)
(declare-fun newSize_sector_8192_block_65536 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_8192_block_65536 () Bool)
(declare-fun inv_clean_sector_8192_block_65536 () Bool)
(declare-fun inv_prefixEnd_sector_8192_block_65536 () Int)
(declare-fun inv_someFailed_sector_8192_block_65536 () Bool)
(declare-fun inv_failureArrived_sector_8192_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_8192_block_65536 () Int)
(declare-fun inv_highestOkEnd_sector_8192_block_65536 () Int)
(declare-fun inv_failedBytes_sector_8192_block_65536 () Int)
(declare-fun inv_okBytes_sector_8192_block_65536 () Int)
(declare-fun inv_lowestFailedStart_sector_8192_block_65536 () Int)
(declare-fun inv_anyFailed_sector_8192_block_65536 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_8192_block_65536)
                (< inv_prefixEnd_sector_8192_block_65536
                   inv_pos_sector_8192_block_65536)
                (or (= inv_prefixEnd_sector_8192_block_65536 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_8192_block_65536))))
      (a!10 (or (not inv_someFailed_sector_8192_block_65536)
                (and (< 0 inv_failedBytes_sector_8192_block_65536)
                     (<= inv_failedBytes_sector_8192_block_65536
                         (- inv_pos_sector_8192_block_65536
                            inv_prefixEnd_sector_8192_block_65536)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_8192_block_65536
               (- (ite (<= inv_prefixEnd_sector_8192_block_65536
                           inv_pos_sector_8192_block_65536)
                       inv_prefixEnd_sector_8192_block_65536
                       inv_pos_sector_8192_block_65536)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_8192_block_65536)
                         (<= newSize_sector_8192_block_65536
                             inv_prefixEnd_sector_8192_block_65536)))
                inv_clean_sector_8192_block_65536))
      (a!16 (<= offset
                (ite (and step_failed_sector_8192_block_65536
                          (not inv_someFailed_sector_8192_block_65536))
                     inv_pos_sector_8192_block_65536
                     inv_prefixEnd_sector_8192_block_65536)))
      (a!18 (= (ite (and step_failed_sector_8192_block_65536
                         (not inv_someFailed_sector_8192_block_65536))
                    inv_pos_sector_8192_block_65536
                    inv_prefixEnd_sector_8192_block_65536)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_8192_block_65536
                          (not inv_someFailed_sector_8192_block_65536))
                     inv_pos_sector_8192_block_65536
                     inv_prefixEnd_sector_8192_block_65536)))
      (a!20 (= (ite (and step_failed_sector_8192_block_65536
                         (< inv_pos_sector_8192_block_65536
                            inv_lowestFailedStart_sector_8192_block_65536))
                    inv_pos_sector_8192_block_65536
                    inv_lowestFailedStart_sector_8192_block_65536)
               (ite (and step_failed_sector_8192_block_65536
                         (not inv_someFailed_sector_8192_block_65536))
                    inv_pos_sector_8192_block_65536
                    inv_prefixEnd_sector_8192_block_65536)))
      (a!31 (<= newSize_sector_8192_block_65536
                (ite (and step_failed_sector_8192_block_65536
                          (not inv_someFailed_sector_8192_block_65536))
                     inv_pos_sector_8192_block_65536
                     inv_prefixEnd_sector_8192_block_65536))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!32 (not (or (not (or inv_someFailed_sector_8192_block_65536
                              step_failed_sector_8192_block_65536))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_8192_block_65536))
                 maxBioBytes
                 (- a!8 inv_pos_sector_8192_block_65536)))
      (a!14 (= (ite (and step_failed_sector_8192_block_65536
                         (not inv_someFailed_sector_8192_block_65536))
                    inv_pos_sector_8192_block_65536
                    inv_prefixEnd_sector_8192_block_65536)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_8192_block_65536
                              step_failed_sector_8192_block_65536)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_8192_block_65536
                         (not inv_someFailed_sector_8192_block_65536))
                    inv_pos_sector_8192_block_65536
                    inv_prefixEnd_sector_8192_block_65536)
               (+ inv_pos_sector_8192_block_65536 a!13)))
      (a!21 (+ inv_okBytes_sector_8192_block_65536
               (ite (not step_failed_sector_8192_block_65536)
                    (- (+ inv_pos_sector_8192_block_65536 a!13)
                       inv_pos_sector_8192_block_65536)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_8192_block_65536
                              step_failed_sector_8192_block_65536)))
                (= (+ inv_failedBytes_sector_8192_block_65536
                      (ite step_failed_sector_8192_block_65536 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_8192_block_65536 a!13)
               (ite (and step_failed_sector_8192_block_65536
                         (not inv_someFailed_sector_8192_block_65536))
                    inv_pos_sector_8192_block_65536
                    inv_prefixEnd_sector_8192_block_65536)))
      (a!26 (ite (and (not step_failed_sector_8192_block_65536)
                      (< inv_highestOkEnd_sector_8192_block_65536
                         (+ inv_pos_sector_8192_block_65536 a!13)))
                 (+ inv_pos_sector_8192_block_65536 a!13)
                 inv_highestOkEnd_sector_8192_block_65536))
      (a!28 (+ inv_okBytesBeforeFailure_sector_8192_block_65536
               (ite (not (or inv_failureArrived_sector_8192_block_65536
                             step_failed_sector_8192_block_65536))
                    (- (+ inv_pos_sector_8192_block_65536 a!13)
                       inv_pos_sector_8192_block_65536)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_8192_block_65536
                          (not inv_someFailed_sector_8192_block_65536))
                     inv_pos_sector_8192_block_65536
                     inv_prefixEnd_sector_8192_block_65536)
                (+ inv_pos_sector_8192_block_65536 a!13)))
      (a!33 (or (not step_failed_sector_8192_block_65536)
                (<= (+ inv_pos_sector_8192_block_65536 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_8192_block_65536
                    inv_pos_sector_8192_block_65536))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_8192_block_65536 a!13) offset)
                  (+ inv_failedBytes_sector_8192_block_65536
                     (ite step_failed_sector_8192_block_65536 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_8192_block_65536
                       (ite step_failed_sector_8192_block_65536 a!13 0)))
                 (<= (+ inv_failedBytes_sector_8192_block_65536
                        (ite step_failed_sector_8192_block_65536 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_8192_block_65536
                              step_failed_sector_8192_block_65536)))
                (= a!26 (+ inv_pos_sector_8192_block_65536 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_8192_block_65536
                           (not inv_someFailed_sector_8192_block_65536))
                      inv_pos_sector_8192_block_65536
                      inv_prefixEnd_sector_8192_block_65536)
                 (+ inv_pos_sector_8192_block_65536 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_8192_block_65536 a!13))
                 (<= (+ inv_pos_sector_8192_block_65536 a!13) a!8)
                 (or (= (+ inv_pos_sector_8192_block_65536 a!13) offset)
                     (= (+ inv_pos_sector_8192_block_65536 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_8192_block_65536 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_8192_block_65536
                              step_failed_sector_8192_block_65536))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_8192_block_65536
                        step_failed_sector_8192_block_65536)
                    (or inv_someFailed_sector_8192_block_65536
                        step_failed_sector_8192_block_65536))
                 (= (or inv_failureArrived_sector_8192_block_65536
                        step_failed_sector_8192_block_65536)
                    (or inv_someFailed_sector_8192_block_65536
                        step_failed_sector_8192_block_65536))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_8192_block_65536
                              step_failed_sector_8192_block_65536))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_8192_block_65536 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_8192_block_65536 a!33)))))
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
       (<= offset inv_pos_sector_8192_block_65536)
       (<= inv_pos_sector_8192_block_65536 a!8)
       (or (= inv_pos_sector_8192_block_65536 offset)
           (= inv_pos_sector_8192_block_65536 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_8192_block_65536))
       (or (not (not inv_someFailed_sector_8192_block_65536))
           (= inv_prefixEnd_sector_8192_block_65536 a!8))
       (or (not inv_someFailed_sector_8192_block_65536) a!9)
       (= inv_anyFailed_sector_8192_block_65536
          inv_someFailed_sector_8192_block_65536)
       (= inv_failureArrived_sector_8192_block_65536
          inv_someFailed_sector_8192_block_65536)
       (= inv_lowestFailedStart_sector_8192_block_65536
          inv_prefixEnd_sector_8192_block_65536)
       (= inv_okBytes_sector_8192_block_65536
          (- (- inv_pos_sector_8192_block_65536 offset)
             inv_failedBytes_sector_8192_block_65536))
       (or (not (not inv_someFailed_sector_8192_block_65536))
           (= inv_failedBytes_sector_8192_block_65536 0))
       a!10
       (<= offset inv_highestOkEnd_sector_8192_block_65536)
       (<= inv_highestOkEnd_sector_8192_block_65536
           inv_pos_sector_8192_block_65536)
       (or (not (not inv_someFailed_sector_8192_block_65536))
           (= inv_highestOkEnd_sector_8192_block_65536
              inv_pos_sector_8192_block_65536))
       a!11
       a!12
       (< inv_pos_sector_8192_block_65536 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-16384-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-16384-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_16384_block_65536 () Int)
(declare-fun newSize_sector_16384_block_65536 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_16384_block_65536 () Bool)
(declare-fun inv_clean_sector_16384_block_65536 () Bool)
(declare-fun inv_prefixEnd_sector_16384_block_65536 () Int)
(declare-fun inv_someFailed_sector_16384_block_65536 () Bool)
(declare-fun inv_failureArrived_sector_16384_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_16384_block_65536 () Int)
(declare-fun inv_highestOkEnd_sector_16384_block_65536 () Int)
(declare-fun inv_failedBytes_sector_16384_block_65536 () Int)
(declare-fun inv_okBytes_sector_16384_block_65536 () Int)
(declare-fun inv_lowestFailedStart_sector_16384_block_65536 () Int)
(declare-fun inv_anyFailed_sector_16384_block_65536 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_16384_block_65536)
                (< inv_prefixEnd_sector_16384_block_65536
                   inv_pos_sector_16384_block_65536)
                (or (= inv_prefixEnd_sector_16384_block_65536 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_16384_block_65536))))
      (a!10 (or (not inv_someFailed_sector_16384_block_65536)
                (and (< 0 inv_failedBytes_sector_16384_block_65536)
                     (<= inv_failedBytes_sector_16384_block_65536
                         (- inv_pos_sector_16384_block_65536
                            inv_prefixEnd_sector_16384_block_65536)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_16384_block_65536
               (- (ite (<= inv_prefixEnd_sector_16384_block_65536
                           inv_pos_sector_16384_block_65536)
                       inv_prefixEnd_sector_16384_block_65536
                       inv_pos_sector_16384_block_65536)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_16384_block_65536)
                         (<= newSize_sector_16384_block_65536
                             inv_prefixEnd_sector_16384_block_65536)))
                inv_clean_sector_16384_block_65536))
      (a!16 (<= offset
                (ite (and step_failed_sector_16384_block_65536
                          (not inv_someFailed_sector_16384_block_65536))
                     inv_pos_sector_16384_block_65536
                     inv_prefixEnd_sector_16384_block_65536)))
      (a!18 (= (ite (and step_failed_sector_16384_block_65536
                         (not inv_someFailed_sector_16384_block_65536))
                    inv_pos_sector_16384_block_65536
                    inv_prefixEnd_sector_16384_block_65536)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_16384_block_65536
                          (not inv_someFailed_sector_16384_block_65536))
                     inv_pos_sector_16384_block_65536
                     inv_prefixEnd_sector_16384_block_65536)))
      (a!20 (= (ite (and step_failed_sector_16384_block_65536
                         (< inv_pos_sector_16384_block_65536
                            inv_lowestFailedStart_sector_16384_block_65536))
                    inv_pos_sector_16384_block_65536
                    inv_lowestFailedStart_sector_16384_block_65536)
               (ite (and step_failed_sector_16384_block_65536
                         (not inv_someFailed_sector_16384_block_65536))
                    inv_pos_sector_16384_block_65536
                    inv_prefixEnd_sector_16384_block_65536)))
      (a!31 (<= newSize_sector_16384_block_65536
                (ite (and step_failed_sector_16384_block_65536
                          (not inv_someFailed_sector_16384_block_65536))
                     inv_pos_sector_16384_block_65536
                     inv_prefixEnd_sector_16384_block_65536))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!32 (not (or (not (or inv_someFailed_sector_16384_block_65536
                              step_failed_sector_16384_block_65536))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_16384_block_65536))
                 maxBioBytes
                 (- a!8 inv_pos_sector_16384_block_65536)))
      (a!14 (= (ite (and step_failed_sector_16384_block_65536
                         (not inv_someFailed_sector_16384_block_65536))
                    inv_pos_sector_16384_block_65536
                    inv_prefixEnd_sector_16384_block_65536)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_16384_block_65536
                              step_failed_sector_16384_block_65536)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_16384_block_65536
                         (not inv_someFailed_sector_16384_block_65536))
                    inv_pos_sector_16384_block_65536
                    inv_prefixEnd_sector_16384_block_65536)
               (+ inv_pos_sector_16384_block_65536 a!13)))
      (a!21 (+ inv_okBytes_sector_16384_block_65536
               (ite (not step_failed_sector_16384_block_65536)
                    (- (+ inv_pos_sector_16384_block_65536 a!13)
                       inv_pos_sector_16384_block_65536)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_16384_block_65536
                              step_failed_sector_16384_block_65536)))
                (= (+ inv_failedBytes_sector_16384_block_65536
                      (ite step_failed_sector_16384_block_65536 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_16384_block_65536 a!13)
               (ite (and step_failed_sector_16384_block_65536
                         (not inv_someFailed_sector_16384_block_65536))
                    inv_pos_sector_16384_block_65536
                    inv_prefixEnd_sector_16384_block_65536)))
      (a!26 (ite (and (not step_failed_sector_16384_block_65536)
                      (< inv_highestOkEnd_sector_16384_block_65536
                         (+ inv_pos_sector_16384_block_65536 a!13)))
                 (+ inv_pos_sector_16384_block_65536 a!13)
                 inv_highestOkEnd_sector_16384_block_65536))
      (a!28 (+ inv_okBytesBeforeFailure_sector_16384_block_65536
               (ite (not (or inv_failureArrived_sector_16384_block_65536
                             step_failed_sector_16384_block_65536))
                    (- (+ inv_pos_sector_16384_block_65536 a!13)
                       inv_pos_sector_16384_block_65536)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_16384_block_65536
                          (not inv_someFailed_sector_16384_block_65536))
                     inv_pos_sector_16384_block_65536
                     inv_prefixEnd_sector_16384_block_65536)
                (+ inv_pos_sector_16384_block_65536 a!13)))
      (a!33 (or (not step_failed_sector_16384_block_65536)
                (<= (+ inv_pos_sector_16384_block_65536 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_16384_block_65536
                    inv_pos_sector_16384_block_65536))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_16384_block_65536 a!13) offset)
                  (+ inv_failedBytes_sector_16384_block_65536
                     (ite step_failed_sector_16384_block_65536 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_16384_block_65536
                       (ite step_failed_sector_16384_block_65536 a!13 0)))
                 (<= (+ inv_failedBytes_sector_16384_block_65536
                        (ite step_failed_sector_16384_block_65536 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_16384_block_65536
                              step_failed_sector_16384_block_65536)))
                (= a!26 (+ inv_pos_sector_16384_block_65536 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_16384_block_65536
                           (not inv_someFailed_sector_16384_block_65536))
                      inv_pos_sector_16384_block_65536
                      inv_prefixEnd_sector_16384_block_65536)
                 (+ inv_pos_sector_16384_block_65536 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_16384_block_65536 a!13))
                 (<= (+ inv_pos_sector_16384_block_65536 a!13) a!8)
                 (or (= (+ inv_pos_sector_16384_block_65536 a!13) offset)
                     (= (+ inv_pos_sector_16384_block_65536 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_16384_block_65536 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_16384_block_65536
                              step_failed_sector_16384_block_65536))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_16384_block_65536
                        step_failed_sector_16384_block_65536)
                    (or inv_someFailed_sector_16384_block_65536
                        step_failed_sector_16384_block_65536))
                 (= (or inv_failureArrived_sector_16384_block_65536
                        step_failed_sector_16384_block_65536)
                    (or inv_someFailed_sector_16384_block_65536
                        step_failed_sector_16384_block_65536))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_16384_block_65536
                              step_failed_sector_16384_block_65536))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_16384_block_65536 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_16384_block_65536 a!33)))))
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
       (<= offset inv_pos_sector_16384_block_65536)
       (<= inv_pos_sector_16384_block_65536 a!8)
       (or (= inv_pos_sector_16384_block_65536 offset)
           (= inv_pos_sector_16384_block_65536 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_16384_block_65536))
       (or (not (not inv_someFailed_sector_16384_block_65536))
           (= inv_prefixEnd_sector_16384_block_65536 a!8))
       (or (not inv_someFailed_sector_16384_block_65536) a!9)
       (= inv_anyFailed_sector_16384_block_65536
          inv_someFailed_sector_16384_block_65536)
       (= inv_failureArrived_sector_16384_block_65536
          inv_someFailed_sector_16384_block_65536)
       (= inv_lowestFailedStart_sector_16384_block_65536
          inv_prefixEnd_sector_16384_block_65536)
       (= inv_okBytes_sector_16384_block_65536
          (- (- inv_pos_sector_16384_block_65536 offset)
             inv_failedBytes_sector_16384_block_65536))
       (or (not (not inv_someFailed_sector_16384_block_65536))
           (= inv_failedBytes_sector_16384_block_65536 0))
       a!10
       (<= offset inv_highestOkEnd_sector_16384_block_65536)
       (<= inv_highestOkEnd_sector_16384_block_65536
           inv_pos_sector_16384_block_65536)
       (or (not (not inv_someFailed_sector_16384_block_65536))
           (= inv_highestOkEnd_sector_16384_block_65536
              inv_pos_sector_16384_block_65536))
       a!11
       a!12
       (< inv_pos_sector_16384_block_65536 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-32768-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-32768-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_32768_block_65536 () Int)
(declare-fun newSize_sector_32768_block_65536 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_32768_block_65536 () Bool)
(declare-fun inv_clean_sector_32768_block_65536 () Bool)
(declare-fun inv_prefixEnd_sector_32768_block_65536 () Int)
(declare-fun inv_someFailed_sector_32768_block_65536 () Bool)
(declare-fun inv_failureArrived_sector_32768_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_32768_block_65536 () Int)
(declare-fun inv_highestOkEnd_sector_32768_block_65536 () Int)
(declare-fun inv_failedBytes_sector_32768_block_65536 () Int)
(declare-fun inv_okBytes_sector_32768_block_65536 () Int)
(declare-fun inv_lowestFailedStart_sector_32768_block_65536 () Int)
(declare-fun inv_anyFailed_sector_32768_block_65536 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_32768_block_65536)
                (< inv_prefixEnd_sector_32768_block_65536
                   inv_pos_sector_32768_block_65536)
                (or (= inv_prefixEnd_sector_32768_block_65536 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_32768_block_65536))))
      (a!10 (or (not inv_someFailed_sector_32768_block_65536)
                (and (< 0 inv_failedBytes_sector_32768_block_65536)
                     (<= inv_failedBytes_sector_32768_block_65536
                         (- inv_pos_sector_32768_block_65536
                            inv_prefixEnd_sector_32768_block_65536)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_32768_block_65536
               (- (ite (<= inv_prefixEnd_sector_32768_block_65536
                           inv_pos_sector_32768_block_65536)
                       inv_prefixEnd_sector_32768_block_65536
                       inv_pos_sector_32768_block_65536)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_32768_block_65536)
                         (<= newSize_sector_32768_block_65536
                             inv_prefixEnd_sector_32768_block_65536)))
                inv_clean_sector_32768_block_65536))
      (a!16 (<= offset
                (ite (and step_failed_sector_32768_block_65536
                          (not inv_someFailed_sector_32768_block_65536))
                     inv_pos_sector_32768_block_65536
                     inv_prefixEnd_sector_32768_block_65536)))
      (a!18 (= (ite (and step_failed_sector_32768_block_65536
                         (not inv_someFailed_sector_32768_block_65536))
                    inv_pos_sector_32768_block_65536
                    inv_prefixEnd_sector_32768_block_65536)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_32768_block_65536
                          (not inv_someFailed_sector_32768_block_65536))
                     inv_pos_sector_32768_block_65536
                     inv_prefixEnd_sector_32768_block_65536)))
      (a!20 (= (ite (and step_failed_sector_32768_block_65536
                         (< inv_pos_sector_32768_block_65536
                            inv_lowestFailedStart_sector_32768_block_65536))
                    inv_pos_sector_32768_block_65536
                    inv_lowestFailedStart_sector_32768_block_65536)
               (ite (and step_failed_sector_32768_block_65536
                         (not inv_someFailed_sector_32768_block_65536))
                    inv_pos_sector_32768_block_65536
                    inv_prefixEnd_sector_32768_block_65536)))
      (a!31 (<= newSize_sector_32768_block_65536
                (ite (and step_failed_sector_32768_block_65536
                          (not inv_someFailed_sector_32768_block_65536))
                     inv_pos_sector_32768_block_65536
                     inv_prefixEnd_sector_32768_block_65536))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!32 (not (or (not (or inv_someFailed_sector_32768_block_65536
                              step_failed_sector_32768_block_65536))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_32768_block_65536))
                 maxBioBytes
                 (- a!8 inv_pos_sector_32768_block_65536)))
      (a!14 (= (ite (and step_failed_sector_32768_block_65536
                         (not inv_someFailed_sector_32768_block_65536))
                    inv_pos_sector_32768_block_65536
                    inv_prefixEnd_sector_32768_block_65536)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_32768_block_65536
                              step_failed_sector_32768_block_65536)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_32768_block_65536
                         (not inv_someFailed_sector_32768_block_65536))
                    inv_pos_sector_32768_block_65536
                    inv_prefixEnd_sector_32768_block_65536)
               (+ inv_pos_sector_32768_block_65536 a!13)))
      (a!21 (+ inv_okBytes_sector_32768_block_65536
               (ite (not step_failed_sector_32768_block_65536)
                    (- (+ inv_pos_sector_32768_block_65536 a!13)
                       inv_pos_sector_32768_block_65536)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_32768_block_65536
                              step_failed_sector_32768_block_65536)))
                (= (+ inv_failedBytes_sector_32768_block_65536
                      (ite step_failed_sector_32768_block_65536 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_32768_block_65536 a!13)
               (ite (and step_failed_sector_32768_block_65536
                         (not inv_someFailed_sector_32768_block_65536))
                    inv_pos_sector_32768_block_65536
                    inv_prefixEnd_sector_32768_block_65536)))
      (a!26 (ite (and (not step_failed_sector_32768_block_65536)
                      (< inv_highestOkEnd_sector_32768_block_65536
                         (+ inv_pos_sector_32768_block_65536 a!13)))
                 (+ inv_pos_sector_32768_block_65536 a!13)
                 inv_highestOkEnd_sector_32768_block_65536))
      (a!28 (+ inv_okBytesBeforeFailure_sector_32768_block_65536
               (ite (not (or inv_failureArrived_sector_32768_block_65536
                             step_failed_sector_32768_block_65536))
                    (- (+ inv_pos_sector_32768_block_65536 a!13)
                       inv_pos_sector_32768_block_65536)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_32768_block_65536
                          (not inv_someFailed_sector_32768_block_65536))
                     inv_pos_sector_32768_block_65536
                     inv_prefixEnd_sector_32768_block_65536)
                (+ inv_pos_sector_32768_block_65536 a!13)))
      (a!33 (or (not step_failed_sector_32768_block_65536)
                (<= (+ inv_pos_sector_32768_block_65536 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_32768_block_65536
                    inv_pos_sector_32768_block_65536))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_32768_block_65536 a!13) offset)
                  (+ inv_failedBytes_sector_32768_block_65536
                     (ite step_failed_sector_32768_block_65536 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_32768_block_65536
                       (ite step_failed_sector_32768_block_65536 a!13 0)))
                 (<= (+ inv_failedBytes_sector_32768_block_65536
                        (ite step_failed_sector_32768_block_65536 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_32768_block_65536
                              step_failed_sector_32768_block_65536)))
                (= a!26 (+ inv_pos_sector_32768_block_65536 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_32768_block_65536
                           (not inv_someFailed_sector_32768_block_65536))
                      inv_pos_sector_32768_block_65536
                      inv_prefixEnd_sector_32768_block_65536)
                 (+ inv_pos_sector_32768_block_65536 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_32768_block_65536 a!13))
                 (<= (+ inv_pos_sector_32768_block_65536 a!13) a!8)
                 (or (= (+ inv_pos_sector_32768_block_65536 a!13) offset)
                     (= (+ inv_pos_sector_32768_block_65536 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_32768_block_65536 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_32768_block_65536
                              step_failed_sector_32768_block_65536))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_32768_block_65536
                        step_failed_sector_32768_block_65536)
                    (or inv_someFailed_sector_32768_block_65536
                        step_failed_sector_32768_block_65536))
                 (= (or inv_failureArrived_sector_32768_block_65536
                        step_failed_sector_32768_block_65536)
                    (or inv_someFailed_sector_32768_block_65536
                        step_failed_sector_32768_block_65536))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_32768_block_65536
                              step_failed_sector_32768_block_65536))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_32768_block_65536 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_32768_block_65536 a!33)))))
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
       (<= offset inv_pos_sector_32768_block_65536)
       (<= inv_pos_sector_32768_block_65536 a!8)
       (or (= inv_pos_sector_32768_block_65536 offset)
           (= inv_pos_sector_32768_block_65536 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_32768_block_65536))
       (or (not (not inv_someFailed_sector_32768_block_65536))
           (= inv_prefixEnd_sector_32768_block_65536 a!8))
       (or (not inv_someFailed_sector_32768_block_65536) a!9)
       (= inv_anyFailed_sector_32768_block_65536
          inv_someFailed_sector_32768_block_65536)
       (= inv_failureArrived_sector_32768_block_65536
          inv_someFailed_sector_32768_block_65536)
       (= inv_lowestFailedStart_sector_32768_block_65536
          inv_prefixEnd_sector_32768_block_65536)
       (= inv_okBytes_sector_32768_block_65536
          (- (- inv_pos_sector_32768_block_65536 offset)
             inv_failedBytes_sector_32768_block_65536))
       (or (not (not inv_someFailed_sector_32768_block_65536))
           (= inv_failedBytes_sector_32768_block_65536 0))
       a!10
       (<= offset inv_highestOkEnd_sector_32768_block_65536)
       (<= inv_highestOkEnd_sector_32768_block_65536
           inv_pos_sector_32768_block_65536)
       (or (not (not inv_someFailed_sector_32768_block_65536))
           (= inv_highestOkEnd_sector_32768_block_65536
              inv_pos_sector_32768_block_65536))
       a!11
       a!12
       (< inv_pos_sector_32768_block_65536 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: initiation, geometry sector-65536-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (= 0 (- (ite (<= a!8 offset) a!8 offset) offset))))
(let ((a!10 (and (<= offset offset)
                 (<= offset a!8)
                 (or (= offset offset)
                     (= offset a!8)
                     (<= (+ offset maxBioBytes) offset))
                 (= a!8 a!8)
                 (= a!8 a!8)
                 (= 0 (- (- offset offset) 0))
                 (<= offset offset)
                 (<= offset offset)
                 (= offset offset)
                 a!9)))
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
       (not a!10)))))))))))
(check-sat)
(reset)
; case: consecution, geometry sector-65536-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_pos_sector_65536_block_65536 () Int)
(declare-fun newSize_sector_65536_block_65536 () Int)
(declare-fun fileSize () Int)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun maxBioBytes () Int)
(declare-fun step_failed_sector_65536_block_65536 () Bool)
(declare-fun inv_clean_sector_65536_block_65536 () Bool)
(declare-fun inv_prefixEnd_sector_65536_block_65536 () Int)
(declare-fun inv_someFailed_sector_65536_block_65536 () Bool)
(declare-fun inv_failureArrived_sector_65536_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_65536_block_65536 () Int)
(declare-fun inv_highestOkEnd_sector_65536_block_65536 () Int)
(declare-fun inv_failedBytes_sector_65536_block_65536 () Int)
(declare-fun inv_okBytes_sector_65536_block_65536 () Int)
(declare-fun inv_lowestFailedStart_sector_65536_block_65536 () Int)
(declare-fun inv_anyFailed_sector_65536_block_65536 () Bool)
(declare-fun maxBioSectors () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (and (<= offset inv_prefixEnd_sector_65536_block_65536)
                (< inv_prefixEnd_sector_65536_block_65536
                   inv_pos_sector_65536_block_65536)
                (or (= inv_prefixEnd_sector_65536_block_65536 offset)
                    (<= (+ offset maxBioBytes)
                        inv_prefixEnd_sector_65536_block_65536))))
      (a!10 (or (not inv_someFailed_sector_65536_block_65536)
                (and (< 0 inv_failedBytes_sector_65536_block_65536)
                     (<= inv_failedBytes_sector_65536_block_65536
                         (- inv_pos_sector_65536_block_65536
                            inv_prefixEnd_sector_65536_block_65536)))))
      (a!11 (= inv_okBytesBeforeFailure_sector_65536_block_65536
               (- (ite (<= inv_prefixEnd_sector_65536_block_65536
                           inv_pos_sector_65536_block_65536)
                       inv_prefixEnd_sector_65536_block_65536
                       inv_pos_sector_65536_block_65536)
                  offset)))
      (a!12 (or (not (or (not inv_someFailed_sector_65536_block_65536)
                         (<= newSize_sector_65536_block_65536
                             inv_prefixEnd_sector_65536_block_65536)))
                inv_clean_sector_65536_block_65536))
      (a!16 (<= offset
                (ite (and step_failed_sector_65536_block_65536
                          (not inv_someFailed_sector_65536_block_65536))
                     inv_pos_sector_65536_block_65536
                     inv_prefixEnd_sector_65536_block_65536)))
      (a!18 (= (ite (and step_failed_sector_65536_block_65536
                         (not inv_someFailed_sector_65536_block_65536))
                    inv_pos_sector_65536_block_65536
                    inv_prefixEnd_sector_65536_block_65536)
               offset))
      (a!19 (<= (+ offset maxBioBytes)
                (ite (and step_failed_sector_65536_block_65536
                          (not inv_someFailed_sector_65536_block_65536))
                     inv_pos_sector_65536_block_65536
                     inv_prefixEnd_sector_65536_block_65536)))
      (a!20 (= (ite (and step_failed_sector_65536_block_65536
                         (< inv_pos_sector_65536_block_65536
                            inv_lowestFailedStart_sector_65536_block_65536))
                    inv_pos_sector_65536_block_65536
                    inv_lowestFailedStart_sector_65536_block_65536)
               (ite (and step_failed_sector_65536_block_65536
                         (not inv_someFailed_sector_65536_block_65536))
                    inv_pos_sector_65536_block_65536
                    inv_prefixEnd_sector_65536_block_65536)))
      (a!31 (<= newSize_sector_65536_block_65536
                (ite (and step_failed_sector_65536_block_65536
                          (not inv_someFailed_sector_65536_block_65536))
                     inv_pos_sector_65536_block_65536
                     inv_prefixEnd_sector_65536_block_65536))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!32 (not (or (not (or inv_someFailed_sector_65536_block_65536
                              step_failed_sector_65536_block_65536))
                     a!31))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!13 (ite (<= maxBioBytes (- a!8 inv_pos_sector_65536_block_65536))
                 maxBioBytes
                 (- a!8 inv_pos_sector_65536_block_65536)))
      (a!14 (= (ite (and step_failed_sector_65536_block_65536
                         (not inv_someFailed_sector_65536_block_65536))
                    inv_pos_sector_65536_block_65536
                    inv_prefixEnd_sector_65536_block_65536)
               a!8)))
(let ((a!15 (or (not (not (or inv_someFailed_sector_65536_block_65536
                              step_failed_sector_65536_block_65536)))
                a!14))
      (a!17 (< (ite (and step_failed_sector_65536_block_65536
                         (not inv_someFailed_sector_65536_block_65536))
                    inv_pos_sector_65536_block_65536
                    inv_prefixEnd_sector_65536_block_65536)
               (+ inv_pos_sector_65536_block_65536 a!13)))
      (a!21 (+ inv_okBytes_sector_65536_block_65536
               (ite (not step_failed_sector_65536_block_65536)
                    (- (+ inv_pos_sector_65536_block_65536 a!13)
                       inv_pos_sector_65536_block_65536)
                    0)))
      (a!23 (or (not (not (or inv_someFailed_sector_65536_block_65536
                              step_failed_sector_65536_block_65536)))
                (= (+ inv_failedBytes_sector_65536_block_65536
                      (ite step_failed_sector_65536_block_65536 a!13 0))
                   0)))
      (a!24 (- (+ inv_pos_sector_65536_block_65536 a!13)
               (ite (and step_failed_sector_65536_block_65536
                         (not inv_someFailed_sector_65536_block_65536))
                    inv_pos_sector_65536_block_65536
                    inv_prefixEnd_sector_65536_block_65536)))
      (a!26 (ite (and (not step_failed_sector_65536_block_65536)
                      (< inv_highestOkEnd_sector_65536_block_65536
                         (+ inv_pos_sector_65536_block_65536 a!13)))
                 (+ inv_pos_sector_65536_block_65536 a!13)
                 inv_highestOkEnd_sector_65536_block_65536))
      (a!28 (+ inv_okBytesBeforeFailure_sector_65536_block_65536
               (ite (not (or inv_failureArrived_sector_65536_block_65536
                             step_failed_sector_65536_block_65536))
                    (- (+ inv_pos_sector_65536_block_65536 a!13)
                       inv_pos_sector_65536_block_65536)
                    0)))
      (a!29 (<= (ite (and step_failed_sector_65536_block_65536
                          (not inv_someFailed_sector_65536_block_65536))
                     inv_pos_sector_65536_block_65536
                     inv_prefixEnd_sector_65536_block_65536)
                (+ inv_pos_sector_65536_block_65536 a!13)))
      (a!33 (or (not step_failed_sector_65536_block_65536)
                (<= (+ inv_pos_sector_65536_block_65536 a!13)
                    (ite (<= fileSize offset) offset fileSize))
                (<= newSize_sector_65536_block_65536
                    inv_pos_sector_65536_block_65536))))
(let ((a!22 (= a!21
               (- (- (+ inv_pos_sector_65536_block_65536 a!13) offset)
                  (+ inv_failedBytes_sector_65536_block_65536
                     (ite step_failed_sector_65536_block_65536 a!13 0)))))
      (a!25 (and (< 0
                    (+ inv_failedBytes_sector_65536_block_65536
                       (ite step_failed_sector_65536_block_65536 a!13 0)))
                 (<= (+ inv_failedBytes_sector_65536_block_65536
                        (ite step_failed_sector_65536_block_65536 a!13 0))
                     a!24)))
      (a!27 (or (not (not (or inv_someFailed_sector_65536_block_65536
                              step_failed_sector_65536_block_65536)))
                (= a!26 (+ inv_pos_sector_65536_block_65536 a!13))))
      (a!30 (ite a!29
                 (ite (and step_failed_sector_65536_block_65536
                           (not inv_someFailed_sector_65536_block_65536))
                      inv_pos_sector_65536_block_65536
                      inv_prefixEnd_sector_65536_block_65536)
                 (+ inv_pos_sector_65536_block_65536 a!13))))
(let ((a!34 (and (<= offset (+ inv_pos_sector_65536_block_65536 a!13))
                 (<= (+ inv_pos_sector_65536_block_65536 a!13) a!8)
                 (or (= (+ inv_pos_sector_65536_block_65536 a!13) offset)
                     (= (+ inv_pos_sector_65536_block_65536 a!13) a!8)
                     (<= (+ offset maxBioBytes)
                         (+ inv_pos_sector_65536_block_65536 a!13)))
                 a!15
                 (or (not (or inv_someFailed_sector_65536_block_65536
                              step_failed_sector_65536_block_65536))
                     (and a!16 a!17 (or a!18 a!19)))
                 (= (or inv_anyFailed_sector_65536_block_65536
                        step_failed_sector_65536_block_65536)
                    (or inv_someFailed_sector_65536_block_65536
                        step_failed_sector_65536_block_65536))
                 (= (or inv_failureArrived_sector_65536_block_65536
                        step_failed_sector_65536_block_65536)
                    (or inv_someFailed_sector_65536_block_65536
                        step_failed_sector_65536_block_65536))
                 a!20
                 a!22
                 a!23
                 (or (not (or inv_someFailed_sector_65536_block_65536
                              step_failed_sector_65536_block_65536))
                     a!25)
                 (<= offset a!26)
                 (<= a!26 (+ inv_pos_sector_65536_block_65536 a!13))
                 a!27
                 (= a!28 (- a!30 offset))
                 (or a!32 (and inv_clean_sector_65536_block_65536 a!33)))))
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
       (<= offset inv_pos_sector_65536_block_65536)
       (<= inv_pos_sector_65536_block_65536 a!8)
       (or (= inv_pos_sector_65536_block_65536 offset)
           (= inv_pos_sector_65536_block_65536 a!8)
           (<= (+ offset maxBioBytes) inv_pos_sector_65536_block_65536))
       (or (not (not inv_someFailed_sector_65536_block_65536))
           (= inv_prefixEnd_sector_65536_block_65536 a!8))
       (or (not inv_someFailed_sector_65536_block_65536) a!9)
       (= inv_anyFailed_sector_65536_block_65536
          inv_someFailed_sector_65536_block_65536)
       (= inv_failureArrived_sector_65536_block_65536
          inv_someFailed_sector_65536_block_65536)
       (= inv_lowestFailedStart_sector_65536_block_65536
          inv_prefixEnd_sector_65536_block_65536)
       (= inv_okBytes_sector_65536_block_65536
          (- (- inv_pos_sector_65536_block_65536 offset)
             inv_failedBytes_sector_65536_block_65536))
       (or (not (not inv_someFailed_sector_65536_block_65536))
           (= inv_failedBytes_sector_65536_block_65536 0))
       a!10
       (<= offset inv_highestOkEnd_sector_65536_block_65536)
       (<= inv_highestOkEnd_sector_65536_block_65536
           inv_pos_sector_65536_block_65536)
       (or (not (not inv_someFailed_sector_65536_block_65536))
           (= inv_highestOkEnd_sector_65536_block_65536
              inv_pos_sector_65536_block_65536))
       a!11
       a!12
       (< inv_pos_sector_65536_block_65536 a!8)
       (not a!34)))))))))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-512-block-512
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_512_block_512 () Int)
(declare-fun x_end_sector_512_block_512 () Int)
(declare-fun x_failed_sector_512_block_512 () Bool)
(declare-fun x_start_sector_512_block_512 () Int)
(declare-fun s_okBytes_sector_512_block_512 () Int)
(declare-fun s_lowestFailedStart_sector_512_block_512 () Int)
(declare-fun s_anyFailed_sector_512_block_512 () Bool)
(declare-fun y_end_sector_512_block_512 () Int)
(declare-fun y_failed_sector_512_block_512 () Bool)
(declare-fun y_start_sector_512_block_512 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_512_block_512))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_512
                            x_failed_sector_512_block_512)
                        y_failed_sector_512_block_512)
                    (or s_anyFailed_sector_512_block_512
                        y_failed_sector_512_block_512
                        x_failed_sector_512_block_512))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-512-block-1024
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_512_block_1024 () Int)
(declare-fun x_end_sector_512_block_1024 () Int)
(declare-fun x_failed_sector_512_block_1024 () Bool)
(declare-fun x_start_sector_512_block_1024 () Int)
(declare-fun s_okBytes_sector_512_block_1024 () Int)
(declare-fun s_lowestFailedStart_sector_512_block_1024 () Int)
(declare-fun s_anyFailed_sector_512_block_1024 () Bool)
(declare-fun y_end_sector_512_block_1024 () Int)
(declare-fun y_failed_sector_512_block_1024 () Bool)
(declare-fun y_start_sector_512_block_1024 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_512_block_1024))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_1024
                            x_failed_sector_512_block_1024)
                        y_failed_sector_512_block_1024)
                    (or s_anyFailed_sector_512_block_1024
                        y_failed_sector_512_block_1024
                        x_failed_sector_512_block_1024))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-1024-block-1024
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_1024_block_1024 () Int)
(declare-fun x_end_sector_1024_block_1024 () Int)
(declare-fun x_failed_sector_1024_block_1024 () Bool)
(declare-fun x_start_sector_1024_block_1024 () Int)
(declare-fun s_okBytes_sector_1024_block_1024 () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_1024 () Int)
(declare-fun s_anyFailed_sector_1024_block_1024 () Bool)
(declare-fun y_end_sector_1024_block_1024 () Int)
(declare-fun y_failed_sector_1024_block_1024 () Bool)
(declare-fun y_start_sector_1024_block_1024 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_1024_block_1024))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_1024
                            x_failed_sector_1024_block_1024)
                        y_failed_sector_1024_block_1024)
                    (or s_anyFailed_sector_1024_block_1024
                        y_failed_sector_1024_block_1024
                        x_failed_sector_1024_block_1024))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-512-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_512_block_2048 () Int)
(declare-fun x_end_sector_512_block_2048 () Int)
(declare-fun x_failed_sector_512_block_2048 () Bool)
(declare-fun x_start_sector_512_block_2048 () Int)
(declare-fun s_okBytes_sector_512_block_2048 () Int)
(declare-fun s_lowestFailedStart_sector_512_block_2048 () Int)
(declare-fun s_anyFailed_sector_512_block_2048 () Bool)
(declare-fun y_end_sector_512_block_2048 () Int)
(declare-fun y_failed_sector_512_block_2048 () Bool)
(declare-fun y_start_sector_512_block_2048 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_512_block_2048))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_2048
                            x_failed_sector_512_block_2048)
                        y_failed_sector_512_block_2048)
                    (or s_anyFailed_sector_512_block_2048
                        y_failed_sector_512_block_2048
                        x_failed_sector_512_block_2048))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-1024-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_1024_block_2048 () Int)
(declare-fun x_end_sector_1024_block_2048 () Int)
(declare-fun x_failed_sector_1024_block_2048 () Bool)
(declare-fun x_start_sector_1024_block_2048 () Int)
(declare-fun s_okBytes_sector_1024_block_2048 () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_2048 () Int)
(declare-fun s_anyFailed_sector_1024_block_2048 () Bool)
(declare-fun y_end_sector_1024_block_2048 () Int)
(declare-fun y_failed_sector_1024_block_2048 () Bool)
(declare-fun y_start_sector_1024_block_2048 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_1024_block_2048))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_2048
                            x_failed_sector_1024_block_2048)
                        y_failed_sector_1024_block_2048)
                    (or s_anyFailed_sector_1024_block_2048
                        y_failed_sector_1024_block_2048
                        x_failed_sector_1024_block_2048))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-2048-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_2048_block_2048 () Int)
(declare-fun x_end_sector_2048_block_2048 () Int)
(declare-fun x_failed_sector_2048_block_2048 () Bool)
(declare-fun x_start_sector_2048_block_2048 () Int)
(declare-fun s_okBytes_sector_2048_block_2048 () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_2048 () Int)
(declare-fun s_anyFailed_sector_2048_block_2048 () Bool)
(declare-fun y_end_sector_2048_block_2048 () Int)
(declare-fun y_failed_sector_2048_block_2048 () Bool)
(declare-fun y_start_sector_2048_block_2048 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_2048_block_2048))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_2048
                            x_failed_sector_2048_block_2048)
                        y_failed_sector_2048_block_2048)
                    (or s_anyFailed_sector_2048_block_2048
                        y_failed_sector_2048_block_2048
                        x_failed_sector_2048_block_2048))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-512-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_512_block_4096 () Int)
(declare-fun x_end_sector_512_block_4096 () Int)
(declare-fun x_failed_sector_512_block_4096 () Bool)
(declare-fun x_start_sector_512_block_4096 () Int)
(declare-fun s_okBytes_sector_512_block_4096 () Int)
(declare-fun s_lowestFailedStart_sector_512_block_4096 () Int)
(declare-fun s_anyFailed_sector_512_block_4096 () Bool)
(declare-fun y_end_sector_512_block_4096 () Int)
(declare-fun y_failed_sector_512_block_4096 () Bool)
(declare-fun y_start_sector_512_block_4096 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_512_block_4096))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_4096
                            x_failed_sector_512_block_4096)
                        y_failed_sector_512_block_4096)
                    (or s_anyFailed_sector_512_block_4096
                        y_failed_sector_512_block_4096
                        x_failed_sector_512_block_4096))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-1024-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_1024_block_4096 () Int)
(declare-fun x_end_sector_1024_block_4096 () Int)
(declare-fun x_failed_sector_1024_block_4096 () Bool)
(declare-fun x_start_sector_1024_block_4096 () Int)
(declare-fun s_okBytes_sector_1024_block_4096 () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_4096 () Int)
(declare-fun s_anyFailed_sector_1024_block_4096 () Bool)
(declare-fun y_end_sector_1024_block_4096 () Int)
(declare-fun y_failed_sector_1024_block_4096 () Bool)
(declare-fun y_start_sector_1024_block_4096 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_1024_block_4096))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_4096
                            x_failed_sector_1024_block_4096)
                        y_failed_sector_1024_block_4096)
                    (or s_anyFailed_sector_1024_block_4096
                        y_failed_sector_1024_block_4096
                        x_failed_sector_1024_block_4096))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-2048-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_2048_block_4096 () Int)
(declare-fun x_end_sector_2048_block_4096 () Int)
(declare-fun x_failed_sector_2048_block_4096 () Bool)
(declare-fun x_start_sector_2048_block_4096 () Int)
(declare-fun s_okBytes_sector_2048_block_4096 () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_4096 () Int)
(declare-fun s_anyFailed_sector_2048_block_4096 () Bool)
(declare-fun y_end_sector_2048_block_4096 () Int)
(declare-fun y_failed_sector_2048_block_4096 () Bool)
(declare-fun y_start_sector_2048_block_4096 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_2048_block_4096))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_4096
                            x_failed_sector_2048_block_4096)
                        y_failed_sector_2048_block_4096)
                    (or s_anyFailed_sector_2048_block_4096
                        y_failed_sector_2048_block_4096
                        x_failed_sector_2048_block_4096))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-4096-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_4096_block_4096 () Int)
(declare-fun x_end_sector_4096_block_4096 () Int)
(declare-fun x_failed_sector_4096_block_4096 () Bool)
(declare-fun x_start_sector_4096_block_4096 () Int)
(declare-fun s_okBytes_sector_4096_block_4096 () Int)
(declare-fun s_lowestFailedStart_sector_4096_block_4096 () Int)
(declare-fun s_anyFailed_sector_4096_block_4096 () Bool)
(declare-fun y_end_sector_4096_block_4096 () Int)
(declare-fun y_failed_sector_4096_block_4096 () Bool)
(declare-fun y_start_sector_4096_block_4096 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_4096_block_4096))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_4096_block_4096
                            x_failed_sector_4096_block_4096)
                        y_failed_sector_4096_block_4096)
                    (or s_anyFailed_sector_4096_block_4096
                        y_failed_sector_4096_block_4096
                        x_failed_sector_4096_block_4096))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-512-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_512_block_8192 () Int)
(declare-fun x_end_sector_512_block_8192 () Int)
(declare-fun x_failed_sector_512_block_8192 () Bool)
(declare-fun x_start_sector_512_block_8192 () Int)
(declare-fun s_okBytes_sector_512_block_8192 () Int)
(declare-fun s_lowestFailedStart_sector_512_block_8192 () Int)
(declare-fun s_anyFailed_sector_512_block_8192 () Bool)
(declare-fun y_end_sector_512_block_8192 () Int)
(declare-fun y_failed_sector_512_block_8192 () Bool)
(declare-fun y_start_sector_512_block_8192 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_512_block_8192))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_8192
                            x_failed_sector_512_block_8192)
                        y_failed_sector_512_block_8192)
                    (or s_anyFailed_sector_512_block_8192
                        y_failed_sector_512_block_8192
                        x_failed_sector_512_block_8192))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-1024-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_1024_block_8192 () Int)
(declare-fun x_end_sector_1024_block_8192 () Int)
(declare-fun x_failed_sector_1024_block_8192 () Bool)
(declare-fun x_start_sector_1024_block_8192 () Int)
(declare-fun s_okBytes_sector_1024_block_8192 () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_8192 () Int)
(declare-fun s_anyFailed_sector_1024_block_8192 () Bool)
(declare-fun y_end_sector_1024_block_8192 () Int)
(declare-fun y_failed_sector_1024_block_8192 () Bool)
(declare-fun y_start_sector_1024_block_8192 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_1024_block_8192))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_8192
                            x_failed_sector_1024_block_8192)
                        y_failed_sector_1024_block_8192)
                    (or s_anyFailed_sector_1024_block_8192
                        y_failed_sector_1024_block_8192
                        x_failed_sector_1024_block_8192))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-2048-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_2048_block_8192 () Int)
(declare-fun x_end_sector_2048_block_8192 () Int)
(declare-fun x_failed_sector_2048_block_8192 () Bool)
(declare-fun x_start_sector_2048_block_8192 () Int)
(declare-fun s_okBytes_sector_2048_block_8192 () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_8192 () Int)
(declare-fun s_anyFailed_sector_2048_block_8192 () Bool)
(declare-fun y_end_sector_2048_block_8192 () Int)
(declare-fun y_failed_sector_2048_block_8192 () Bool)
(declare-fun y_start_sector_2048_block_8192 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_2048_block_8192))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_8192
                            x_failed_sector_2048_block_8192)
                        y_failed_sector_2048_block_8192)
                    (or s_anyFailed_sector_2048_block_8192
                        y_failed_sector_2048_block_8192
                        x_failed_sector_2048_block_8192))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-4096-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_4096_block_8192 () Int)
(declare-fun x_end_sector_4096_block_8192 () Int)
(declare-fun x_failed_sector_4096_block_8192 () Bool)
(declare-fun x_start_sector_4096_block_8192 () Int)
(declare-fun s_okBytes_sector_4096_block_8192 () Int)
(declare-fun s_lowestFailedStart_sector_4096_block_8192 () Int)
(declare-fun s_anyFailed_sector_4096_block_8192 () Bool)
(declare-fun y_end_sector_4096_block_8192 () Int)
(declare-fun y_failed_sector_4096_block_8192 () Bool)
(declare-fun y_start_sector_4096_block_8192 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_4096_block_8192))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_4096_block_8192
                            x_failed_sector_4096_block_8192)
                        y_failed_sector_4096_block_8192)
                    (or s_anyFailed_sector_4096_block_8192
                        y_failed_sector_4096_block_8192
                        x_failed_sector_4096_block_8192))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-8192-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_8192_block_8192 () Int)
(declare-fun x_end_sector_8192_block_8192 () Int)
(declare-fun x_failed_sector_8192_block_8192 () Bool)
(declare-fun x_start_sector_8192_block_8192 () Int)
(declare-fun s_okBytes_sector_8192_block_8192 () Int)
(declare-fun s_lowestFailedStart_sector_8192_block_8192 () Int)
(declare-fun s_anyFailed_sector_8192_block_8192 () Bool)
(declare-fun y_end_sector_8192_block_8192 () Int)
(declare-fun y_failed_sector_8192_block_8192 () Bool)
(declare-fun y_start_sector_8192_block_8192 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_8192_block_8192))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_8192_block_8192
                            x_failed_sector_8192_block_8192)
                        y_failed_sector_8192_block_8192)
                    (or s_anyFailed_sector_8192_block_8192
                        y_failed_sector_8192_block_8192
                        x_failed_sector_8192_block_8192))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-512-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_512_block_16384 () Int)
(declare-fun x_end_sector_512_block_16384 () Int)
(declare-fun x_failed_sector_512_block_16384 () Bool)
(declare-fun x_start_sector_512_block_16384 () Int)
(declare-fun s_okBytes_sector_512_block_16384 () Int)
(declare-fun s_lowestFailedStart_sector_512_block_16384 () Int)
(declare-fun s_anyFailed_sector_512_block_16384 () Bool)
(declare-fun y_end_sector_512_block_16384 () Int)
(declare-fun y_failed_sector_512_block_16384 () Bool)
(declare-fun y_start_sector_512_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_512_block_16384))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_16384
                            x_failed_sector_512_block_16384)
                        y_failed_sector_512_block_16384)
                    (or s_anyFailed_sector_512_block_16384
                        y_failed_sector_512_block_16384
                        x_failed_sector_512_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-1024-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_1024_block_16384 () Int)
(declare-fun x_end_sector_1024_block_16384 () Int)
(declare-fun x_failed_sector_1024_block_16384 () Bool)
(declare-fun x_start_sector_1024_block_16384 () Int)
(declare-fun s_okBytes_sector_1024_block_16384 () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_16384 () Int)
(declare-fun s_anyFailed_sector_1024_block_16384 () Bool)
(declare-fun y_end_sector_1024_block_16384 () Int)
(declare-fun y_failed_sector_1024_block_16384 () Bool)
(declare-fun y_start_sector_1024_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_1024_block_16384))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_16384
                            x_failed_sector_1024_block_16384)
                        y_failed_sector_1024_block_16384)
                    (or s_anyFailed_sector_1024_block_16384
                        y_failed_sector_1024_block_16384
                        x_failed_sector_1024_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-2048-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_2048_block_16384 () Int)
(declare-fun x_end_sector_2048_block_16384 () Int)
(declare-fun x_failed_sector_2048_block_16384 () Bool)
(declare-fun x_start_sector_2048_block_16384 () Int)
(declare-fun s_okBytes_sector_2048_block_16384 () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_16384 () Int)
(declare-fun s_anyFailed_sector_2048_block_16384 () Bool)
(declare-fun y_end_sector_2048_block_16384 () Int)
(declare-fun y_failed_sector_2048_block_16384 () Bool)
(declare-fun y_start_sector_2048_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_2048_block_16384))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_16384
                            x_failed_sector_2048_block_16384)
                        y_failed_sector_2048_block_16384)
                    (or s_anyFailed_sector_2048_block_16384
                        y_failed_sector_2048_block_16384
                        x_failed_sector_2048_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-4096-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_4096_block_16384 () Int)
(declare-fun x_end_sector_4096_block_16384 () Int)
(declare-fun x_failed_sector_4096_block_16384 () Bool)
(declare-fun x_start_sector_4096_block_16384 () Int)
(declare-fun s_okBytes_sector_4096_block_16384 () Int)
(declare-fun s_lowestFailedStart_sector_4096_block_16384 () Int)
(declare-fun s_anyFailed_sector_4096_block_16384 () Bool)
(declare-fun y_end_sector_4096_block_16384 () Int)
(declare-fun y_failed_sector_4096_block_16384 () Bool)
(declare-fun y_start_sector_4096_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_4096_block_16384))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_4096_block_16384
                            x_failed_sector_4096_block_16384)
                        y_failed_sector_4096_block_16384)
                    (or s_anyFailed_sector_4096_block_16384
                        y_failed_sector_4096_block_16384
                        x_failed_sector_4096_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-8192-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_8192_block_16384 () Int)
(declare-fun x_end_sector_8192_block_16384 () Int)
(declare-fun x_failed_sector_8192_block_16384 () Bool)
(declare-fun x_start_sector_8192_block_16384 () Int)
(declare-fun s_okBytes_sector_8192_block_16384 () Int)
(declare-fun s_lowestFailedStart_sector_8192_block_16384 () Int)
(declare-fun s_anyFailed_sector_8192_block_16384 () Bool)
(declare-fun y_end_sector_8192_block_16384 () Int)
(declare-fun y_failed_sector_8192_block_16384 () Bool)
(declare-fun y_start_sector_8192_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_8192_block_16384))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_8192_block_16384
                            x_failed_sector_8192_block_16384)
                        y_failed_sector_8192_block_16384)
                    (or s_anyFailed_sector_8192_block_16384
                        y_failed_sector_8192_block_16384
                        x_failed_sector_8192_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-16384-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_16384_block_16384 () Int)
(declare-fun x_end_sector_16384_block_16384 () Int)
(declare-fun x_failed_sector_16384_block_16384 () Bool)
(declare-fun x_start_sector_16384_block_16384 () Int)
(declare-fun s_okBytes_sector_16384_block_16384 () Int)
(declare-fun s_lowestFailedStart_sector_16384_block_16384 () Int)
(declare-fun s_anyFailed_sector_16384_block_16384 () Bool)
(declare-fun y_end_sector_16384_block_16384 () Int)
(declare-fun y_failed_sector_16384_block_16384 () Bool)
(declare-fun y_start_sector_16384_block_16384 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_16384_block_16384))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_16384_block_16384
                            x_failed_sector_16384_block_16384)
                        y_failed_sector_16384_block_16384)
                    (or s_anyFailed_sector_16384_block_16384
                        y_failed_sector_16384_block_16384
                        x_failed_sector_16384_block_16384))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-512-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_512_block_32768 () Int)
(declare-fun x_end_sector_512_block_32768 () Int)
(declare-fun x_failed_sector_512_block_32768 () Bool)
(declare-fun x_start_sector_512_block_32768 () Int)
(declare-fun s_okBytes_sector_512_block_32768 () Int)
(declare-fun s_lowestFailedStart_sector_512_block_32768 () Int)
(declare-fun s_anyFailed_sector_512_block_32768 () Bool)
(declare-fun y_end_sector_512_block_32768 () Int)
(declare-fun y_failed_sector_512_block_32768 () Bool)
(declare-fun y_start_sector_512_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_512_block_32768))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_32768
                            x_failed_sector_512_block_32768)
                        y_failed_sector_512_block_32768)
                    (or s_anyFailed_sector_512_block_32768
                        y_failed_sector_512_block_32768
                        x_failed_sector_512_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-1024-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_1024_block_32768 () Int)
(declare-fun x_end_sector_1024_block_32768 () Int)
(declare-fun x_failed_sector_1024_block_32768 () Bool)
(declare-fun x_start_sector_1024_block_32768 () Int)
(declare-fun s_okBytes_sector_1024_block_32768 () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_32768 () Int)
(declare-fun s_anyFailed_sector_1024_block_32768 () Bool)
(declare-fun y_end_sector_1024_block_32768 () Int)
(declare-fun y_failed_sector_1024_block_32768 () Bool)
(declare-fun y_start_sector_1024_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_1024_block_32768))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_32768
                            x_failed_sector_1024_block_32768)
                        y_failed_sector_1024_block_32768)
                    (or s_anyFailed_sector_1024_block_32768
                        y_failed_sector_1024_block_32768
                        x_failed_sector_1024_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-2048-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_2048_block_32768 () Int)
(declare-fun x_end_sector_2048_block_32768 () Int)
(declare-fun x_failed_sector_2048_block_32768 () Bool)
(declare-fun x_start_sector_2048_block_32768 () Int)
(declare-fun s_okBytes_sector_2048_block_32768 () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_32768 () Int)
(declare-fun s_anyFailed_sector_2048_block_32768 () Bool)
(declare-fun y_end_sector_2048_block_32768 () Int)
(declare-fun y_failed_sector_2048_block_32768 () Bool)
(declare-fun y_start_sector_2048_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_2048_block_32768))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_32768
                            x_failed_sector_2048_block_32768)
                        y_failed_sector_2048_block_32768)
                    (or s_anyFailed_sector_2048_block_32768
                        y_failed_sector_2048_block_32768
                        x_failed_sector_2048_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-4096-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_4096_block_32768 () Int)
(declare-fun x_end_sector_4096_block_32768 () Int)
(declare-fun x_failed_sector_4096_block_32768 () Bool)
(declare-fun x_start_sector_4096_block_32768 () Int)
(declare-fun s_okBytes_sector_4096_block_32768 () Int)
(declare-fun s_lowestFailedStart_sector_4096_block_32768 () Int)
(declare-fun s_anyFailed_sector_4096_block_32768 () Bool)
(declare-fun y_end_sector_4096_block_32768 () Int)
(declare-fun y_failed_sector_4096_block_32768 () Bool)
(declare-fun y_start_sector_4096_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_4096_block_32768))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_4096_block_32768
                            x_failed_sector_4096_block_32768)
                        y_failed_sector_4096_block_32768)
                    (or s_anyFailed_sector_4096_block_32768
                        y_failed_sector_4096_block_32768
                        x_failed_sector_4096_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-8192-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_8192_block_32768 () Int)
(declare-fun x_end_sector_8192_block_32768 () Int)
(declare-fun x_failed_sector_8192_block_32768 () Bool)
(declare-fun x_start_sector_8192_block_32768 () Int)
(declare-fun s_okBytes_sector_8192_block_32768 () Int)
(declare-fun s_lowestFailedStart_sector_8192_block_32768 () Int)
(declare-fun s_anyFailed_sector_8192_block_32768 () Bool)
(declare-fun y_end_sector_8192_block_32768 () Int)
(declare-fun y_failed_sector_8192_block_32768 () Bool)
(declare-fun y_start_sector_8192_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_8192_block_32768))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_8192_block_32768
                            x_failed_sector_8192_block_32768)
                        y_failed_sector_8192_block_32768)
                    (or s_anyFailed_sector_8192_block_32768
                        y_failed_sector_8192_block_32768
                        x_failed_sector_8192_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-16384-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_16384_block_32768 () Int)
(declare-fun x_end_sector_16384_block_32768 () Int)
(declare-fun x_failed_sector_16384_block_32768 () Bool)
(declare-fun x_start_sector_16384_block_32768 () Int)
(declare-fun s_okBytes_sector_16384_block_32768 () Int)
(declare-fun s_lowestFailedStart_sector_16384_block_32768 () Int)
(declare-fun s_anyFailed_sector_16384_block_32768 () Bool)
(declare-fun y_end_sector_16384_block_32768 () Int)
(declare-fun y_failed_sector_16384_block_32768 () Bool)
(declare-fun y_start_sector_16384_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_16384_block_32768))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_16384_block_32768
                            x_failed_sector_16384_block_32768)
                        y_failed_sector_16384_block_32768)
                    (or s_anyFailed_sector_16384_block_32768
                        y_failed_sector_16384_block_32768
                        x_failed_sector_16384_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-32768-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_32768_block_32768 () Int)
(declare-fun x_end_sector_32768_block_32768 () Int)
(declare-fun x_failed_sector_32768_block_32768 () Bool)
(declare-fun x_start_sector_32768_block_32768 () Int)
(declare-fun s_okBytes_sector_32768_block_32768 () Int)
(declare-fun s_lowestFailedStart_sector_32768_block_32768 () Int)
(declare-fun s_anyFailed_sector_32768_block_32768 () Bool)
(declare-fun y_end_sector_32768_block_32768 () Int)
(declare-fun y_failed_sector_32768_block_32768 () Bool)
(declare-fun y_start_sector_32768_block_32768 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_32768_block_32768))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_32768_block_32768
                            x_failed_sector_32768_block_32768)
                        y_failed_sector_32768_block_32768)
                    (or s_anyFailed_sector_32768_block_32768
                        y_failed_sector_32768_block_32768
                        x_failed_sector_32768_block_32768))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-512-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_512_block_65536 () Int)
(declare-fun x_end_sector_512_block_65536 () Int)
(declare-fun x_failed_sector_512_block_65536 () Bool)
(declare-fun x_start_sector_512_block_65536 () Int)
(declare-fun s_okBytes_sector_512_block_65536 () Int)
(declare-fun s_lowestFailedStart_sector_512_block_65536 () Int)
(declare-fun s_anyFailed_sector_512_block_65536 () Bool)
(declare-fun y_end_sector_512_block_65536 () Int)
(declare-fun y_failed_sector_512_block_65536 () Bool)
(declare-fun y_start_sector_512_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_512_block_65536))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_512_block_65536
                            x_failed_sector_512_block_65536)
                        y_failed_sector_512_block_65536)
                    (or s_anyFailed_sector_512_block_65536
                        y_failed_sector_512_block_65536
                        x_failed_sector_512_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-1024-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_1024_block_65536 () Int)
(declare-fun x_end_sector_1024_block_65536 () Int)
(declare-fun x_failed_sector_1024_block_65536 () Bool)
(declare-fun x_start_sector_1024_block_65536 () Int)
(declare-fun s_okBytes_sector_1024_block_65536 () Int)
(declare-fun s_lowestFailedStart_sector_1024_block_65536 () Int)
(declare-fun s_anyFailed_sector_1024_block_65536 () Bool)
(declare-fun y_end_sector_1024_block_65536 () Int)
(declare-fun y_failed_sector_1024_block_65536 () Bool)
(declare-fun y_start_sector_1024_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_1024_block_65536))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_1024_block_65536
                            x_failed_sector_1024_block_65536)
                        y_failed_sector_1024_block_65536)
                    (or s_anyFailed_sector_1024_block_65536
                        y_failed_sector_1024_block_65536
                        x_failed_sector_1024_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-2048-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_2048_block_65536 () Int)
(declare-fun x_end_sector_2048_block_65536 () Int)
(declare-fun x_failed_sector_2048_block_65536 () Bool)
(declare-fun x_start_sector_2048_block_65536 () Int)
(declare-fun s_okBytes_sector_2048_block_65536 () Int)
(declare-fun s_lowestFailedStart_sector_2048_block_65536 () Int)
(declare-fun s_anyFailed_sector_2048_block_65536 () Bool)
(declare-fun y_end_sector_2048_block_65536 () Int)
(declare-fun y_failed_sector_2048_block_65536 () Bool)
(declare-fun y_start_sector_2048_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_2048_block_65536))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_2048_block_65536
                            x_failed_sector_2048_block_65536)
                        y_failed_sector_2048_block_65536)
                    (or s_anyFailed_sector_2048_block_65536
                        y_failed_sector_2048_block_65536
                        x_failed_sector_2048_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-4096-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_4096_block_65536 () Int)
(declare-fun x_end_sector_4096_block_65536 () Int)
(declare-fun x_failed_sector_4096_block_65536 () Bool)
(declare-fun x_start_sector_4096_block_65536 () Int)
(declare-fun s_okBytes_sector_4096_block_65536 () Int)
(declare-fun s_lowestFailedStart_sector_4096_block_65536 () Int)
(declare-fun s_anyFailed_sector_4096_block_65536 () Bool)
(declare-fun y_end_sector_4096_block_65536 () Int)
(declare-fun y_failed_sector_4096_block_65536 () Bool)
(declare-fun y_start_sector_4096_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_4096_block_65536))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_4096_block_65536
                            x_failed_sector_4096_block_65536)
                        y_failed_sector_4096_block_65536)
                    (or s_anyFailed_sector_4096_block_65536
                        y_failed_sector_4096_block_65536
                        x_failed_sector_4096_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-8192-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_8192_block_65536 () Int)
(declare-fun x_end_sector_8192_block_65536 () Int)
(declare-fun x_failed_sector_8192_block_65536 () Bool)
(declare-fun x_start_sector_8192_block_65536 () Int)
(declare-fun s_okBytes_sector_8192_block_65536 () Int)
(declare-fun s_lowestFailedStart_sector_8192_block_65536 () Int)
(declare-fun s_anyFailed_sector_8192_block_65536 () Bool)
(declare-fun y_end_sector_8192_block_65536 () Int)
(declare-fun y_failed_sector_8192_block_65536 () Bool)
(declare-fun y_start_sector_8192_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_8192_block_65536))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_8192_block_65536
                            x_failed_sector_8192_block_65536)
                        y_failed_sector_8192_block_65536)
                    (or s_anyFailed_sector_8192_block_65536
                        y_failed_sector_8192_block_65536
                        x_failed_sector_8192_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-16384-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_16384_block_65536 () Int)
(declare-fun x_end_sector_16384_block_65536 () Int)
(declare-fun x_failed_sector_16384_block_65536 () Bool)
(declare-fun x_start_sector_16384_block_65536 () Int)
(declare-fun s_okBytes_sector_16384_block_65536 () Int)
(declare-fun s_lowestFailedStart_sector_16384_block_65536 () Int)
(declare-fun s_anyFailed_sector_16384_block_65536 () Bool)
(declare-fun y_end_sector_16384_block_65536 () Int)
(declare-fun y_failed_sector_16384_block_65536 () Bool)
(declare-fun y_start_sector_16384_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_16384_block_65536))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_16384_block_65536
                            x_failed_sector_16384_block_65536)
                        y_failed_sector_16384_block_65536)
                    (or s_anyFailed_sector_16384_block_65536
                        y_failed_sector_16384_block_65536
                        x_failed_sector_16384_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-32768-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_32768_block_65536 () Int)
(declare-fun x_end_sector_32768_block_65536 () Int)
(declare-fun x_failed_sector_32768_block_65536 () Bool)
(declare-fun x_start_sector_32768_block_65536 () Int)
(declare-fun s_okBytes_sector_32768_block_65536 () Int)
(declare-fun s_lowestFailedStart_sector_32768_block_65536 () Int)
(declare-fun s_anyFailed_sector_32768_block_65536 () Bool)
(declare-fun y_end_sector_32768_block_65536 () Int)
(declare-fun y_failed_sector_32768_block_65536 () Bool)
(declare-fun y_start_sector_32768_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_32768_block_65536))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_32768_block_65536
                            x_failed_sector_32768_block_65536)
                        y_failed_sector_32768_block_65536)
                    (or s_anyFailed_sector_32768_block_65536
                        y_failed_sector_32768_block_65536
                        x_failed_sector_32768_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the folds commute (order lemma 1-2), geometry sector-65536-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun s_highestOkEnd_sector_65536_block_65536 () Int)
(declare-fun x_end_sector_65536_block_65536 () Int)
(declare-fun x_failed_sector_65536_block_65536 () Bool)
(declare-fun x_start_sector_65536_block_65536 () Int)
(declare-fun s_okBytes_sector_65536_block_65536 () Int)
(declare-fun s_lowestFailedStart_sector_65536_block_65536 () Int)
(declare-fun s_anyFailed_sector_65536_block_65536 () Bool)
(declare-fun y_end_sector_65536_block_65536 () Int)
(declare-fun y_failed_sector_65536_block_65536 () Bool)
(declare-fun y_start_sector_65536_block_65536 () Int)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
                    s_highestOkEnd_sector_65536_block_65536))))
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
                      a!16))))
(let ((a!13 (and (= (or (or s_anyFailed_sector_65536_block_65536
                            x_failed_sector_65536_block_65536)
                        y_failed_sector_65536_block_65536)
                    (or s_anyFailed_sector_65536_block_65536
                        y_failed_sector_65536_block_65536
                        x_failed_sector_65536_block_65536))
                 (= a!4 a!6)
                 a!8
                 (= a!10 a!12))))
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
       (or (not a!13) a!17))))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-512-block-512
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_512_block_512 () Int)
(declare-fun inv_end_sector_512_block_512 () Int)
(declare-fun inv_failed_sector_512_block_512 () Bool)
(declare-fun inv_okBytes_sector_512_block_512 () Int)
(declare-fun inv_failureArrived_sector_512_block_512 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_512 () Int)
(declare-fun inv_anyFailed_sector_512_block_512 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 512) 0) 0 512))
      (a!3 (+ inv_okBytesBeforeFailure_sector_512_block_512
              (ite (not (or inv_failureArrived_sector_512_block_512
                            inv_failed_sector_512_block_512))
                   (- inv_end_sector_512_block_512
                      inv_start_sector_512_block_512)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 512)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_512_block_512
                 (ite (not inv_failed_sector_512_block_512)
                      (- inv_end_sector_512_block_512
                         inv_start_sector_512_block_512)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_512_block_512
                  (ite (not inv_failed_sector_512_block_512)
                       (- inv_end_sector_512_block_512
                          inv_start_sector_512_block_512)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_512_block_512
                            inv_failed_sector_512_block_512)
                        (or inv_anyFailed_sector_512_block_512
                            inv_failed_sector_512_block_512))
                     (or (or inv_failureArrived_sector_512_block_512
                             inv_failed_sector_512_block_512)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_512_block_512
          inv_anyFailed_sector_512_block_512)
       (or inv_failureArrived_sector_512_block_512
           (= inv_okBytesBeforeFailure_sector_512_block_512
              inv_okBytes_sector_512_block_512))
       (<= 0 inv_okBytesBeforeFailure_sector_512_block_512)
       (<= inv_okBytesBeforeFailure_sector_512_block_512
           inv_okBytes_sector_512_block_512)
       (<= inv_start_sector_512_block_512 inv_end_sector_512_block_512)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-512-block-1024
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_512_block_1024 () Int)
(declare-fun inv_end_sector_512_block_1024 () Int)
(declare-fun inv_failed_sector_512_block_1024 () Bool)
(declare-fun inv_okBytes_sector_512_block_1024 () Int)
(declare-fun inv_failureArrived_sector_512_block_1024 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_1024 () Int)
(declare-fun inv_anyFailed_sector_512_block_1024 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!3 (+ inv_okBytesBeforeFailure_sector_512_block_1024
              (ite (not (or inv_failureArrived_sector_512_block_1024
                            inv_failed_sector_512_block_1024))
                   (- inv_end_sector_512_block_1024
                      inv_start_sector_512_block_1024)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_512_block_1024
                 (ite (not inv_failed_sector_512_block_1024)
                      (- inv_end_sector_512_block_1024
                         inv_start_sector_512_block_1024)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_512_block_1024
                  (ite (not inv_failed_sector_512_block_1024)
                       (- inv_end_sector_512_block_1024
                          inv_start_sector_512_block_1024)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_512_block_1024
                            inv_failed_sector_512_block_1024)
                        (or inv_anyFailed_sector_512_block_1024
                            inv_failed_sector_512_block_1024))
                     (or (or inv_failureArrived_sector_512_block_1024
                             inv_failed_sector_512_block_1024)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_512_block_1024
          inv_anyFailed_sector_512_block_1024)
       (or inv_failureArrived_sector_512_block_1024
           (= inv_okBytesBeforeFailure_sector_512_block_1024
              inv_okBytes_sector_512_block_1024))
       (<= 0 inv_okBytesBeforeFailure_sector_512_block_1024)
       (<= inv_okBytesBeforeFailure_sector_512_block_1024
           inv_okBytes_sector_512_block_1024)
       (<= inv_start_sector_512_block_1024 inv_end_sector_512_block_1024)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-1024-block-1024
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_1024_block_1024 () Int)
(declare-fun inv_end_sector_1024_block_1024 () Int)
(declare-fun inv_failed_sector_1024_block_1024 () Bool)
(declare-fun inv_okBytes_sector_1024_block_1024 () Int)
(declare-fun inv_failureArrived_sector_1024_block_1024 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_1024 () Int)
(declare-fun inv_anyFailed_sector_1024_block_1024 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!3 (+ inv_okBytesBeforeFailure_sector_1024_block_1024
              (ite (not (or inv_failureArrived_sector_1024_block_1024
                            inv_failed_sector_1024_block_1024))
                   (- inv_end_sector_1024_block_1024
                      inv_start_sector_1024_block_1024)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_1024_block_1024
                 (ite (not inv_failed_sector_1024_block_1024)
                      (- inv_end_sector_1024_block_1024
                         inv_start_sector_1024_block_1024)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_1024_block_1024
                  (ite (not inv_failed_sector_1024_block_1024)
                       (- inv_end_sector_1024_block_1024
                          inv_start_sector_1024_block_1024)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_1024_block_1024
                            inv_failed_sector_1024_block_1024)
                        (or inv_anyFailed_sector_1024_block_1024
                            inv_failed_sector_1024_block_1024))
                     (or (or inv_failureArrived_sector_1024_block_1024
                             inv_failed_sector_1024_block_1024)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_1024_block_1024
          inv_anyFailed_sector_1024_block_1024)
       (or inv_failureArrived_sector_1024_block_1024
           (= inv_okBytesBeforeFailure_sector_1024_block_1024
              inv_okBytes_sector_1024_block_1024))
       (<= 0 inv_okBytesBeforeFailure_sector_1024_block_1024)
       (<= inv_okBytesBeforeFailure_sector_1024_block_1024
           inv_okBytes_sector_1024_block_1024)
       (<= inv_start_sector_1024_block_1024 inv_end_sector_1024_block_1024)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-512-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_512_block_2048 () Int)
(declare-fun inv_end_sector_512_block_2048 () Int)
(declare-fun inv_failed_sector_512_block_2048 () Bool)
(declare-fun inv_okBytes_sector_512_block_2048 () Int)
(declare-fun inv_failureArrived_sector_512_block_2048 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_2048 () Int)
(declare-fun inv_anyFailed_sector_512_block_2048 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (+ inv_okBytesBeforeFailure_sector_512_block_2048
              (ite (not (or inv_failureArrived_sector_512_block_2048
                            inv_failed_sector_512_block_2048))
                   (- inv_end_sector_512_block_2048
                      inv_start_sector_512_block_2048)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_512_block_2048
                 (ite (not inv_failed_sector_512_block_2048)
                      (- inv_end_sector_512_block_2048
                         inv_start_sector_512_block_2048)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_512_block_2048
                  (ite (not inv_failed_sector_512_block_2048)
                       (- inv_end_sector_512_block_2048
                          inv_start_sector_512_block_2048)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_512_block_2048
                            inv_failed_sector_512_block_2048)
                        (or inv_anyFailed_sector_512_block_2048
                            inv_failed_sector_512_block_2048))
                     (or (or inv_failureArrived_sector_512_block_2048
                             inv_failed_sector_512_block_2048)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_512_block_2048
          inv_anyFailed_sector_512_block_2048)
       (or inv_failureArrived_sector_512_block_2048
           (= inv_okBytesBeforeFailure_sector_512_block_2048
              inv_okBytes_sector_512_block_2048))
       (<= 0 inv_okBytesBeforeFailure_sector_512_block_2048)
       (<= inv_okBytesBeforeFailure_sector_512_block_2048
           inv_okBytes_sector_512_block_2048)
       (<= inv_start_sector_512_block_2048 inv_end_sector_512_block_2048)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-1024-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_1024_block_2048 () Int)
(declare-fun inv_end_sector_1024_block_2048 () Int)
(declare-fun inv_failed_sector_1024_block_2048 () Bool)
(declare-fun inv_okBytes_sector_1024_block_2048 () Int)
(declare-fun inv_failureArrived_sector_1024_block_2048 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_2048 () Int)
(declare-fun inv_anyFailed_sector_1024_block_2048 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (+ inv_okBytesBeforeFailure_sector_1024_block_2048
              (ite (not (or inv_failureArrived_sector_1024_block_2048
                            inv_failed_sector_1024_block_2048))
                   (- inv_end_sector_1024_block_2048
                      inv_start_sector_1024_block_2048)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_1024_block_2048
                 (ite (not inv_failed_sector_1024_block_2048)
                      (- inv_end_sector_1024_block_2048
                         inv_start_sector_1024_block_2048)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_1024_block_2048
                  (ite (not inv_failed_sector_1024_block_2048)
                       (- inv_end_sector_1024_block_2048
                          inv_start_sector_1024_block_2048)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_1024_block_2048
                            inv_failed_sector_1024_block_2048)
                        (or inv_anyFailed_sector_1024_block_2048
                            inv_failed_sector_1024_block_2048))
                     (or (or inv_failureArrived_sector_1024_block_2048
                             inv_failed_sector_1024_block_2048)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_1024_block_2048
          inv_anyFailed_sector_1024_block_2048)
       (or inv_failureArrived_sector_1024_block_2048
           (= inv_okBytesBeforeFailure_sector_1024_block_2048
              inv_okBytes_sector_1024_block_2048))
       (<= 0 inv_okBytesBeforeFailure_sector_1024_block_2048)
       (<= inv_okBytesBeforeFailure_sector_1024_block_2048
           inv_okBytes_sector_1024_block_2048)
       (<= inv_start_sector_1024_block_2048 inv_end_sector_1024_block_2048)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-2048-block-2048
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_2048_block_2048 () Int)
(declare-fun inv_end_sector_2048_block_2048 () Int)
(declare-fun inv_failed_sector_2048_block_2048 () Bool)
(declare-fun inv_okBytes_sector_2048_block_2048 () Int)
(declare-fun inv_failureArrived_sector_2048_block_2048 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_2048 () Int)
(declare-fun inv_anyFailed_sector_2048_block_2048 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 2048) 0) 0 2048))
      (a!3 (+ inv_okBytesBeforeFailure_sector_2048_block_2048
              (ite (not (or inv_failureArrived_sector_2048_block_2048
                            inv_failed_sector_2048_block_2048))
                   (- inv_end_sector_2048_block_2048
                      inv_start_sector_2048_block_2048)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 2048)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_2048_block_2048
                 (ite (not inv_failed_sector_2048_block_2048)
                      (- inv_end_sector_2048_block_2048
                         inv_start_sector_2048_block_2048)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_2048_block_2048
                  (ite (not inv_failed_sector_2048_block_2048)
                       (- inv_end_sector_2048_block_2048
                          inv_start_sector_2048_block_2048)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_2048_block_2048
                            inv_failed_sector_2048_block_2048)
                        (or inv_anyFailed_sector_2048_block_2048
                            inv_failed_sector_2048_block_2048))
                     (or (or inv_failureArrived_sector_2048_block_2048
                             inv_failed_sector_2048_block_2048)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_2048_block_2048
          inv_anyFailed_sector_2048_block_2048)
       (or inv_failureArrived_sector_2048_block_2048
           (= inv_okBytesBeforeFailure_sector_2048_block_2048
              inv_okBytes_sector_2048_block_2048))
       (<= 0 inv_okBytesBeforeFailure_sector_2048_block_2048)
       (<= inv_okBytesBeforeFailure_sector_2048_block_2048
           inv_okBytes_sector_2048_block_2048)
       (<= inv_start_sector_2048_block_2048 inv_end_sector_2048_block_2048)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-512-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_512_block_4096 () Int)
(declare-fun inv_end_sector_512_block_4096 () Int)
(declare-fun inv_failed_sector_512_block_4096 () Bool)
(declare-fun inv_okBytes_sector_512_block_4096 () Int)
(declare-fun inv_failureArrived_sector_512_block_4096 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_4096 () Int)
(declare-fun inv_anyFailed_sector_512_block_4096 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (+ inv_okBytesBeforeFailure_sector_512_block_4096
              (ite (not (or inv_failureArrived_sector_512_block_4096
                            inv_failed_sector_512_block_4096))
                   (- inv_end_sector_512_block_4096
                      inv_start_sector_512_block_4096)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_512_block_4096
                 (ite (not inv_failed_sector_512_block_4096)
                      (- inv_end_sector_512_block_4096
                         inv_start_sector_512_block_4096)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_512_block_4096
                  (ite (not inv_failed_sector_512_block_4096)
                       (- inv_end_sector_512_block_4096
                          inv_start_sector_512_block_4096)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_512_block_4096
                            inv_failed_sector_512_block_4096)
                        (or inv_anyFailed_sector_512_block_4096
                            inv_failed_sector_512_block_4096))
                     (or (or inv_failureArrived_sector_512_block_4096
                             inv_failed_sector_512_block_4096)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_512_block_4096
          inv_anyFailed_sector_512_block_4096)
       (or inv_failureArrived_sector_512_block_4096
           (= inv_okBytesBeforeFailure_sector_512_block_4096
              inv_okBytes_sector_512_block_4096))
       (<= 0 inv_okBytesBeforeFailure_sector_512_block_4096)
       (<= inv_okBytesBeforeFailure_sector_512_block_4096
           inv_okBytes_sector_512_block_4096)
       (<= inv_start_sector_512_block_4096 inv_end_sector_512_block_4096)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-1024-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_1024_block_4096 () Int)
(declare-fun inv_end_sector_1024_block_4096 () Int)
(declare-fun inv_failed_sector_1024_block_4096 () Bool)
(declare-fun inv_okBytes_sector_1024_block_4096 () Int)
(declare-fun inv_failureArrived_sector_1024_block_4096 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_4096 () Int)
(declare-fun inv_anyFailed_sector_1024_block_4096 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (+ inv_okBytesBeforeFailure_sector_1024_block_4096
              (ite (not (or inv_failureArrived_sector_1024_block_4096
                            inv_failed_sector_1024_block_4096))
                   (- inv_end_sector_1024_block_4096
                      inv_start_sector_1024_block_4096)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_1024_block_4096
                 (ite (not inv_failed_sector_1024_block_4096)
                      (- inv_end_sector_1024_block_4096
                         inv_start_sector_1024_block_4096)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_1024_block_4096
                  (ite (not inv_failed_sector_1024_block_4096)
                       (- inv_end_sector_1024_block_4096
                          inv_start_sector_1024_block_4096)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_1024_block_4096
                            inv_failed_sector_1024_block_4096)
                        (or inv_anyFailed_sector_1024_block_4096
                            inv_failed_sector_1024_block_4096))
                     (or (or inv_failureArrived_sector_1024_block_4096
                             inv_failed_sector_1024_block_4096)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_1024_block_4096
          inv_anyFailed_sector_1024_block_4096)
       (or inv_failureArrived_sector_1024_block_4096
           (= inv_okBytesBeforeFailure_sector_1024_block_4096
              inv_okBytes_sector_1024_block_4096))
       (<= 0 inv_okBytesBeforeFailure_sector_1024_block_4096)
       (<= inv_okBytesBeforeFailure_sector_1024_block_4096
           inv_okBytes_sector_1024_block_4096)
       (<= inv_start_sector_1024_block_4096 inv_end_sector_1024_block_4096)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-2048-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_2048_block_4096 () Int)
(declare-fun inv_end_sector_2048_block_4096 () Int)
(declare-fun inv_failed_sector_2048_block_4096 () Bool)
(declare-fun inv_okBytes_sector_2048_block_4096 () Int)
(declare-fun inv_failureArrived_sector_2048_block_4096 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_4096 () Int)
(declare-fun inv_anyFailed_sector_2048_block_4096 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (+ inv_okBytesBeforeFailure_sector_2048_block_4096
              (ite (not (or inv_failureArrived_sector_2048_block_4096
                            inv_failed_sector_2048_block_4096))
                   (- inv_end_sector_2048_block_4096
                      inv_start_sector_2048_block_4096)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_2048_block_4096
                 (ite (not inv_failed_sector_2048_block_4096)
                      (- inv_end_sector_2048_block_4096
                         inv_start_sector_2048_block_4096)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_2048_block_4096
                  (ite (not inv_failed_sector_2048_block_4096)
                       (- inv_end_sector_2048_block_4096
                          inv_start_sector_2048_block_4096)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_2048_block_4096
                            inv_failed_sector_2048_block_4096)
                        (or inv_anyFailed_sector_2048_block_4096
                            inv_failed_sector_2048_block_4096))
                     (or (or inv_failureArrived_sector_2048_block_4096
                             inv_failed_sector_2048_block_4096)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_2048_block_4096
          inv_anyFailed_sector_2048_block_4096)
       (or inv_failureArrived_sector_2048_block_4096
           (= inv_okBytesBeforeFailure_sector_2048_block_4096
              inv_okBytes_sector_2048_block_4096))
       (<= 0 inv_okBytesBeforeFailure_sector_2048_block_4096)
       (<= inv_okBytesBeforeFailure_sector_2048_block_4096
           inv_okBytes_sector_2048_block_4096)
       (<= inv_start_sector_2048_block_4096 inv_end_sector_2048_block_4096)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-4096-block-4096
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_4096_block_4096 () Int)
(declare-fun inv_end_sector_4096_block_4096 () Int)
(declare-fun inv_failed_sector_4096_block_4096 () Bool)
(declare-fun inv_okBytes_sector_4096_block_4096 () Int)
(declare-fun inv_failureArrived_sector_4096_block_4096 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_4096_block_4096 () Int)
(declare-fun inv_anyFailed_sector_4096_block_4096 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (+ inv_okBytesBeforeFailure_sector_4096_block_4096
              (ite (not (or inv_failureArrived_sector_4096_block_4096
                            inv_failed_sector_4096_block_4096))
                   (- inv_end_sector_4096_block_4096
                      inv_start_sector_4096_block_4096)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_4096_block_4096
                 (ite (not inv_failed_sector_4096_block_4096)
                      (- inv_end_sector_4096_block_4096
                         inv_start_sector_4096_block_4096)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_4096_block_4096
                  (ite (not inv_failed_sector_4096_block_4096)
                       (- inv_end_sector_4096_block_4096
                          inv_start_sector_4096_block_4096)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_4096_block_4096
                            inv_failed_sector_4096_block_4096)
                        (or inv_anyFailed_sector_4096_block_4096
                            inv_failed_sector_4096_block_4096))
                     (or (or inv_failureArrived_sector_4096_block_4096
                             inv_failed_sector_4096_block_4096)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_4096_block_4096
          inv_anyFailed_sector_4096_block_4096)
       (or inv_failureArrived_sector_4096_block_4096
           (= inv_okBytesBeforeFailure_sector_4096_block_4096
              inv_okBytes_sector_4096_block_4096))
       (<= 0 inv_okBytesBeforeFailure_sector_4096_block_4096)
       (<= inv_okBytesBeforeFailure_sector_4096_block_4096
           inv_okBytes_sector_4096_block_4096)
       (<= inv_start_sector_4096_block_4096 inv_end_sector_4096_block_4096)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-512-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_512_block_8192 () Int)
(declare-fun inv_end_sector_512_block_8192 () Int)
(declare-fun inv_failed_sector_512_block_8192 () Bool)
(declare-fun inv_okBytes_sector_512_block_8192 () Int)
(declare-fun inv_failureArrived_sector_512_block_8192 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_8192 () Int)
(declare-fun inv_anyFailed_sector_512_block_8192 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (+ inv_okBytesBeforeFailure_sector_512_block_8192
              (ite (not (or inv_failureArrived_sector_512_block_8192
                            inv_failed_sector_512_block_8192))
                   (- inv_end_sector_512_block_8192
                      inv_start_sector_512_block_8192)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_512_block_8192
                 (ite (not inv_failed_sector_512_block_8192)
                      (- inv_end_sector_512_block_8192
                         inv_start_sector_512_block_8192)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_512_block_8192
                  (ite (not inv_failed_sector_512_block_8192)
                       (- inv_end_sector_512_block_8192
                          inv_start_sector_512_block_8192)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_512_block_8192
                            inv_failed_sector_512_block_8192)
                        (or inv_anyFailed_sector_512_block_8192
                            inv_failed_sector_512_block_8192))
                     (or (or inv_failureArrived_sector_512_block_8192
                             inv_failed_sector_512_block_8192)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_512_block_8192
          inv_anyFailed_sector_512_block_8192)
       (or inv_failureArrived_sector_512_block_8192
           (= inv_okBytesBeforeFailure_sector_512_block_8192
              inv_okBytes_sector_512_block_8192))
       (<= 0 inv_okBytesBeforeFailure_sector_512_block_8192)
       (<= inv_okBytesBeforeFailure_sector_512_block_8192
           inv_okBytes_sector_512_block_8192)
       (<= inv_start_sector_512_block_8192 inv_end_sector_512_block_8192)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-1024-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_1024_block_8192 () Int)
(declare-fun inv_end_sector_1024_block_8192 () Int)
(declare-fun inv_failed_sector_1024_block_8192 () Bool)
(declare-fun inv_okBytes_sector_1024_block_8192 () Int)
(declare-fun inv_failureArrived_sector_1024_block_8192 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_8192 () Int)
(declare-fun inv_anyFailed_sector_1024_block_8192 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (+ inv_okBytesBeforeFailure_sector_1024_block_8192
              (ite (not (or inv_failureArrived_sector_1024_block_8192
                            inv_failed_sector_1024_block_8192))
                   (- inv_end_sector_1024_block_8192
                      inv_start_sector_1024_block_8192)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_1024_block_8192
                 (ite (not inv_failed_sector_1024_block_8192)
                      (- inv_end_sector_1024_block_8192
                         inv_start_sector_1024_block_8192)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_1024_block_8192
                  (ite (not inv_failed_sector_1024_block_8192)
                       (- inv_end_sector_1024_block_8192
                          inv_start_sector_1024_block_8192)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_1024_block_8192
                            inv_failed_sector_1024_block_8192)
                        (or inv_anyFailed_sector_1024_block_8192
                            inv_failed_sector_1024_block_8192))
                     (or (or inv_failureArrived_sector_1024_block_8192
                             inv_failed_sector_1024_block_8192)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_1024_block_8192
          inv_anyFailed_sector_1024_block_8192)
       (or inv_failureArrived_sector_1024_block_8192
           (= inv_okBytesBeforeFailure_sector_1024_block_8192
              inv_okBytes_sector_1024_block_8192))
       (<= 0 inv_okBytesBeforeFailure_sector_1024_block_8192)
       (<= inv_okBytesBeforeFailure_sector_1024_block_8192
           inv_okBytes_sector_1024_block_8192)
       (<= inv_start_sector_1024_block_8192 inv_end_sector_1024_block_8192)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-2048-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_2048_block_8192 () Int)
(declare-fun inv_end_sector_2048_block_8192 () Int)
(declare-fun inv_failed_sector_2048_block_8192 () Bool)
(declare-fun inv_okBytes_sector_2048_block_8192 () Int)
(declare-fun inv_failureArrived_sector_2048_block_8192 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_8192 () Int)
(declare-fun inv_anyFailed_sector_2048_block_8192 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (+ inv_okBytesBeforeFailure_sector_2048_block_8192
              (ite (not (or inv_failureArrived_sector_2048_block_8192
                            inv_failed_sector_2048_block_8192))
                   (- inv_end_sector_2048_block_8192
                      inv_start_sector_2048_block_8192)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_2048_block_8192
                 (ite (not inv_failed_sector_2048_block_8192)
                      (- inv_end_sector_2048_block_8192
                         inv_start_sector_2048_block_8192)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_2048_block_8192
                  (ite (not inv_failed_sector_2048_block_8192)
                       (- inv_end_sector_2048_block_8192
                          inv_start_sector_2048_block_8192)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_2048_block_8192
                            inv_failed_sector_2048_block_8192)
                        (or inv_anyFailed_sector_2048_block_8192
                            inv_failed_sector_2048_block_8192))
                     (or (or inv_failureArrived_sector_2048_block_8192
                             inv_failed_sector_2048_block_8192)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_2048_block_8192
          inv_anyFailed_sector_2048_block_8192)
       (or inv_failureArrived_sector_2048_block_8192
           (= inv_okBytesBeforeFailure_sector_2048_block_8192
              inv_okBytes_sector_2048_block_8192))
       (<= 0 inv_okBytesBeforeFailure_sector_2048_block_8192)
       (<= inv_okBytesBeforeFailure_sector_2048_block_8192
           inv_okBytes_sector_2048_block_8192)
       (<= inv_start_sector_2048_block_8192 inv_end_sector_2048_block_8192)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-4096-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_4096_block_8192 () Int)
(declare-fun inv_end_sector_4096_block_8192 () Int)
(declare-fun inv_failed_sector_4096_block_8192 () Bool)
(declare-fun inv_okBytes_sector_4096_block_8192 () Int)
(declare-fun inv_failureArrived_sector_4096_block_8192 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_4096_block_8192 () Int)
(declare-fun inv_anyFailed_sector_4096_block_8192 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (+ inv_okBytesBeforeFailure_sector_4096_block_8192
              (ite (not (or inv_failureArrived_sector_4096_block_8192
                            inv_failed_sector_4096_block_8192))
                   (- inv_end_sector_4096_block_8192
                      inv_start_sector_4096_block_8192)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_4096_block_8192
                 (ite (not inv_failed_sector_4096_block_8192)
                      (- inv_end_sector_4096_block_8192
                         inv_start_sector_4096_block_8192)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_4096_block_8192
                  (ite (not inv_failed_sector_4096_block_8192)
                       (- inv_end_sector_4096_block_8192
                          inv_start_sector_4096_block_8192)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_4096_block_8192
                            inv_failed_sector_4096_block_8192)
                        (or inv_anyFailed_sector_4096_block_8192
                            inv_failed_sector_4096_block_8192))
                     (or (or inv_failureArrived_sector_4096_block_8192
                             inv_failed_sector_4096_block_8192)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_4096_block_8192
          inv_anyFailed_sector_4096_block_8192)
       (or inv_failureArrived_sector_4096_block_8192
           (= inv_okBytesBeforeFailure_sector_4096_block_8192
              inv_okBytes_sector_4096_block_8192))
       (<= 0 inv_okBytesBeforeFailure_sector_4096_block_8192)
       (<= inv_okBytesBeforeFailure_sector_4096_block_8192
           inv_okBytes_sector_4096_block_8192)
       (<= inv_start_sector_4096_block_8192 inv_end_sector_4096_block_8192)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-8192-block-8192
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_8192_block_8192 () Int)
(declare-fun inv_end_sector_8192_block_8192 () Int)
(declare-fun inv_failed_sector_8192_block_8192 () Bool)
(declare-fun inv_okBytes_sector_8192_block_8192 () Int)
(declare-fun inv_failureArrived_sector_8192_block_8192 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_8192_block_8192 () Int)
(declare-fun inv_anyFailed_sector_8192_block_8192 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (+ inv_okBytesBeforeFailure_sector_8192_block_8192
              (ite (not (or inv_failureArrived_sector_8192_block_8192
                            inv_failed_sector_8192_block_8192))
                   (- inv_end_sector_8192_block_8192
                      inv_start_sector_8192_block_8192)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_8192_block_8192
                 (ite (not inv_failed_sector_8192_block_8192)
                      (- inv_end_sector_8192_block_8192
                         inv_start_sector_8192_block_8192)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_8192_block_8192
                  (ite (not inv_failed_sector_8192_block_8192)
                       (- inv_end_sector_8192_block_8192
                          inv_start_sector_8192_block_8192)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_8192_block_8192
                            inv_failed_sector_8192_block_8192)
                        (or inv_anyFailed_sector_8192_block_8192
                            inv_failed_sector_8192_block_8192))
                     (or (or inv_failureArrived_sector_8192_block_8192
                             inv_failed_sector_8192_block_8192)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_8192_block_8192
          inv_anyFailed_sector_8192_block_8192)
       (or inv_failureArrived_sector_8192_block_8192
           (= inv_okBytesBeforeFailure_sector_8192_block_8192
              inv_okBytes_sector_8192_block_8192))
       (<= 0 inv_okBytesBeforeFailure_sector_8192_block_8192)
       (<= inv_okBytesBeforeFailure_sector_8192_block_8192
           inv_okBytes_sector_8192_block_8192)
       (<= inv_start_sector_8192_block_8192 inv_end_sector_8192_block_8192)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-512-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_512_block_16384 () Int)
(declare-fun inv_end_sector_512_block_16384 () Int)
(declare-fun inv_failed_sector_512_block_16384 () Bool)
(declare-fun inv_okBytes_sector_512_block_16384 () Int)
(declare-fun inv_failureArrived_sector_512_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_16384 () Int)
(declare-fun inv_anyFailed_sector_512_block_16384 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (+ inv_okBytesBeforeFailure_sector_512_block_16384
              (ite (not (or inv_failureArrived_sector_512_block_16384
                            inv_failed_sector_512_block_16384))
                   (- inv_end_sector_512_block_16384
                      inv_start_sector_512_block_16384)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_512_block_16384
                 (ite (not inv_failed_sector_512_block_16384)
                      (- inv_end_sector_512_block_16384
                         inv_start_sector_512_block_16384)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_512_block_16384
                  (ite (not inv_failed_sector_512_block_16384)
                       (- inv_end_sector_512_block_16384
                          inv_start_sector_512_block_16384)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_512_block_16384
                            inv_failed_sector_512_block_16384)
                        (or inv_anyFailed_sector_512_block_16384
                            inv_failed_sector_512_block_16384))
                     (or (or inv_failureArrived_sector_512_block_16384
                             inv_failed_sector_512_block_16384)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_512_block_16384
          inv_anyFailed_sector_512_block_16384)
       (or inv_failureArrived_sector_512_block_16384
           (= inv_okBytesBeforeFailure_sector_512_block_16384
              inv_okBytes_sector_512_block_16384))
       (<= 0 inv_okBytesBeforeFailure_sector_512_block_16384)
       (<= inv_okBytesBeforeFailure_sector_512_block_16384
           inv_okBytes_sector_512_block_16384)
       (<= inv_start_sector_512_block_16384 inv_end_sector_512_block_16384)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-1024-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_1024_block_16384 () Int)
(declare-fun inv_end_sector_1024_block_16384 () Int)
(declare-fun inv_failed_sector_1024_block_16384 () Bool)
(declare-fun inv_okBytes_sector_1024_block_16384 () Int)
(declare-fun inv_failureArrived_sector_1024_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_16384 () Int)
(declare-fun inv_anyFailed_sector_1024_block_16384 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (+ inv_okBytesBeforeFailure_sector_1024_block_16384
              (ite (not (or inv_failureArrived_sector_1024_block_16384
                            inv_failed_sector_1024_block_16384))
                   (- inv_end_sector_1024_block_16384
                      inv_start_sector_1024_block_16384)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_1024_block_16384
                 (ite (not inv_failed_sector_1024_block_16384)
                      (- inv_end_sector_1024_block_16384
                         inv_start_sector_1024_block_16384)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_1024_block_16384
                  (ite (not inv_failed_sector_1024_block_16384)
                       (- inv_end_sector_1024_block_16384
                          inv_start_sector_1024_block_16384)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_1024_block_16384
                            inv_failed_sector_1024_block_16384)
                        (or inv_anyFailed_sector_1024_block_16384
                            inv_failed_sector_1024_block_16384))
                     (or (or inv_failureArrived_sector_1024_block_16384
                             inv_failed_sector_1024_block_16384)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_1024_block_16384
          inv_anyFailed_sector_1024_block_16384)
       (or inv_failureArrived_sector_1024_block_16384
           (= inv_okBytesBeforeFailure_sector_1024_block_16384
              inv_okBytes_sector_1024_block_16384))
       (<= 0 inv_okBytesBeforeFailure_sector_1024_block_16384)
       (<= inv_okBytesBeforeFailure_sector_1024_block_16384
           inv_okBytes_sector_1024_block_16384)
       (<= inv_start_sector_1024_block_16384 inv_end_sector_1024_block_16384)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-2048-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_2048_block_16384 () Int)
(declare-fun inv_end_sector_2048_block_16384 () Int)
(declare-fun inv_failed_sector_2048_block_16384 () Bool)
(declare-fun inv_okBytes_sector_2048_block_16384 () Int)
(declare-fun inv_failureArrived_sector_2048_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_16384 () Int)
(declare-fun inv_anyFailed_sector_2048_block_16384 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (+ inv_okBytesBeforeFailure_sector_2048_block_16384
              (ite (not (or inv_failureArrived_sector_2048_block_16384
                            inv_failed_sector_2048_block_16384))
                   (- inv_end_sector_2048_block_16384
                      inv_start_sector_2048_block_16384)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_2048_block_16384
                 (ite (not inv_failed_sector_2048_block_16384)
                      (- inv_end_sector_2048_block_16384
                         inv_start_sector_2048_block_16384)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_2048_block_16384
                  (ite (not inv_failed_sector_2048_block_16384)
                       (- inv_end_sector_2048_block_16384
                          inv_start_sector_2048_block_16384)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_2048_block_16384
                            inv_failed_sector_2048_block_16384)
                        (or inv_anyFailed_sector_2048_block_16384
                            inv_failed_sector_2048_block_16384))
                     (or (or inv_failureArrived_sector_2048_block_16384
                             inv_failed_sector_2048_block_16384)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_2048_block_16384
          inv_anyFailed_sector_2048_block_16384)
       (or inv_failureArrived_sector_2048_block_16384
           (= inv_okBytesBeforeFailure_sector_2048_block_16384
              inv_okBytes_sector_2048_block_16384))
       (<= 0 inv_okBytesBeforeFailure_sector_2048_block_16384)
       (<= inv_okBytesBeforeFailure_sector_2048_block_16384
           inv_okBytes_sector_2048_block_16384)
       (<= inv_start_sector_2048_block_16384 inv_end_sector_2048_block_16384)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-4096-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_4096_block_16384 () Int)
(declare-fun inv_end_sector_4096_block_16384 () Int)
(declare-fun inv_failed_sector_4096_block_16384 () Bool)
(declare-fun inv_okBytes_sector_4096_block_16384 () Int)
(declare-fun inv_failureArrived_sector_4096_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_4096_block_16384 () Int)
(declare-fun inv_anyFailed_sector_4096_block_16384 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (+ inv_okBytesBeforeFailure_sector_4096_block_16384
              (ite (not (or inv_failureArrived_sector_4096_block_16384
                            inv_failed_sector_4096_block_16384))
                   (- inv_end_sector_4096_block_16384
                      inv_start_sector_4096_block_16384)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_4096_block_16384
                 (ite (not inv_failed_sector_4096_block_16384)
                      (- inv_end_sector_4096_block_16384
                         inv_start_sector_4096_block_16384)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_4096_block_16384
                  (ite (not inv_failed_sector_4096_block_16384)
                       (- inv_end_sector_4096_block_16384
                          inv_start_sector_4096_block_16384)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_4096_block_16384
                            inv_failed_sector_4096_block_16384)
                        (or inv_anyFailed_sector_4096_block_16384
                            inv_failed_sector_4096_block_16384))
                     (or (or inv_failureArrived_sector_4096_block_16384
                             inv_failed_sector_4096_block_16384)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_4096_block_16384
          inv_anyFailed_sector_4096_block_16384)
       (or inv_failureArrived_sector_4096_block_16384
           (= inv_okBytesBeforeFailure_sector_4096_block_16384
              inv_okBytes_sector_4096_block_16384))
       (<= 0 inv_okBytesBeforeFailure_sector_4096_block_16384)
       (<= inv_okBytesBeforeFailure_sector_4096_block_16384
           inv_okBytes_sector_4096_block_16384)
       (<= inv_start_sector_4096_block_16384 inv_end_sector_4096_block_16384)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-8192-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_8192_block_16384 () Int)
(declare-fun inv_end_sector_8192_block_16384 () Int)
(declare-fun inv_failed_sector_8192_block_16384 () Bool)
(declare-fun inv_okBytes_sector_8192_block_16384 () Int)
(declare-fun inv_failureArrived_sector_8192_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_8192_block_16384 () Int)
(declare-fun inv_anyFailed_sector_8192_block_16384 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (+ inv_okBytesBeforeFailure_sector_8192_block_16384
              (ite (not (or inv_failureArrived_sector_8192_block_16384
                            inv_failed_sector_8192_block_16384))
                   (- inv_end_sector_8192_block_16384
                      inv_start_sector_8192_block_16384)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_8192_block_16384
                 (ite (not inv_failed_sector_8192_block_16384)
                      (- inv_end_sector_8192_block_16384
                         inv_start_sector_8192_block_16384)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_8192_block_16384
                  (ite (not inv_failed_sector_8192_block_16384)
                       (- inv_end_sector_8192_block_16384
                          inv_start_sector_8192_block_16384)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_8192_block_16384
                            inv_failed_sector_8192_block_16384)
                        (or inv_anyFailed_sector_8192_block_16384
                            inv_failed_sector_8192_block_16384))
                     (or (or inv_failureArrived_sector_8192_block_16384
                             inv_failed_sector_8192_block_16384)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_8192_block_16384
          inv_anyFailed_sector_8192_block_16384)
       (or inv_failureArrived_sector_8192_block_16384
           (= inv_okBytesBeforeFailure_sector_8192_block_16384
              inv_okBytes_sector_8192_block_16384))
       (<= 0 inv_okBytesBeforeFailure_sector_8192_block_16384)
       (<= inv_okBytesBeforeFailure_sector_8192_block_16384
           inv_okBytes_sector_8192_block_16384)
       (<= inv_start_sector_8192_block_16384 inv_end_sector_8192_block_16384)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-16384-block-16384
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_16384_block_16384 () Int)
(declare-fun inv_end_sector_16384_block_16384 () Int)
(declare-fun inv_failed_sector_16384_block_16384 () Bool)
(declare-fun inv_okBytes_sector_16384_block_16384 () Int)
(declare-fun inv_failureArrived_sector_16384_block_16384 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_16384_block_16384 () Int)
(declare-fun inv_anyFailed_sector_16384_block_16384 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (+ inv_okBytesBeforeFailure_sector_16384_block_16384
              (ite (not (or inv_failureArrived_sector_16384_block_16384
                            inv_failed_sector_16384_block_16384))
                   (- inv_end_sector_16384_block_16384
                      inv_start_sector_16384_block_16384)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_16384_block_16384
                 (ite (not inv_failed_sector_16384_block_16384)
                      (- inv_end_sector_16384_block_16384
                         inv_start_sector_16384_block_16384)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_16384_block_16384
                  (ite (not inv_failed_sector_16384_block_16384)
                       (- inv_end_sector_16384_block_16384
                          inv_start_sector_16384_block_16384)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_16384_block_16384
                            inv_failed_sector_16384_block_16384)
                        (or inv_anyFailed_sector_16384_block_16384
                            inv_failed_sector_16384_block_16384))
                     (or (or inv_failureArrived_sector_16384_block_16384
                             inv_failed_sector_16384_block_16384)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_16384_block_16384
          inv_anyFailed_sector_16384_block_16384)
       (or inv_failureArrived_sector_16384_block_16384
           (= inv_okBytesBeforeFailure_sector_16384_block_16384
              inv_okBytes_sector_16384_block_16384))
       (<= 0 inv_okBytesBeforeFailure_sector_16384_block_16384)
       (<= inv_okBytesBeforeFailure_sector_16384_block_16384
           inv_okBytes_sector_16384_block_16384)
       (<= inv_start_sector_16384_block_16384 inv_end_sector_16384_block_16384)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-512-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_512_block_32768 () Int)
(declare-fun inv_end_sector_512_block_32768 () Int)
(declare-fun inv_failed_sector_512_block_32768 () Bool)
(declare-fun inv_okBytes_sector_512_block_32768 () Int)
(declare-fun inv_failureArrived_sector_512_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_32768 () Int)
(declare-fun inv_anyFailed_sector_512_block_32768 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (+ inv_okBytesBeforeFailure_sector_512_block_32768
              (ite (not (or inv_failureArrived_sector_512_block_32768
                            inv_failed_sector_512_block_32768))
                   (- inv_end_sector_512_block_32768
                      inv_start_sector_512_block_32768)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_512_block_32768
                 (ite (not inv_failed_sector_512_block_32768)
                      (- inv_end_sector_512_block_32768
                         inv_start_sector_512_block_32768)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_512_block_32768
                  (ite (not inv_failed_sector_512_block_32768)
                       (- inv_end_sector_512_block_32768
                          inv_start_sector_512_block_32768)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_512_block_32768
                            inv_failed_sector_512_block_32768)
                        (or inv_anyFailed_sector_512_block_32768
                            inv_failed_sector_512_block_32768))
                     (or (or inv_failureArrived_sector_512_block_32768
                             inv_failed_sector_512_block_32768)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_512_block_32768
          inv_anyFailed_sector_512_block_32768)
       (or inv_failureArrived_sector_512_block_32768
           (= inv_okBytesBeforeFailure_sector_512_block_32768
              inv_okBytes_sector_512_block_32768))
       (<= 0 inv_okBytesBeforeFailure_sector_512_block_32768)
       (<= inv_okBytesBeforeFailure_sector_512_block_32768
           inv_okBytes_sector_512_block_32768)
       (<= inv_start_sector_512_block_32768 inv_end_sector_512_block_32768)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-1024-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_1024_block_32768 () Int)
(declare-fun inv_end_sector_1024_block_32768 () Int)
(declare-fun inv_failed_sector_1024_block_32768 () Bool)
(declare-fun inv_okBytes_sector_1024_block_32768 () Int)
(declare-fun inv_failureArrived_sector_1024_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_32768 () Int)
(declare-fun inv_anyFailed_sector_1024_block_32768 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (+ inv_okBytesBeforeFailure_sector_1024_block_32768
              (ite (not (or inv_failureArrived_sector_1024_block_32768
                            inv_failed_sector_1024_block_32768))
                   (- inv_end_sector_1024_block_32768
                      inv_start_sector_1024_block_32768)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_1024_block_32768
                 (ite (not inv_failed_sector_1024_block_32768)
                      (- inv_end_sector_1024_block_32768
                         inv_start_sector_1024_block_32768)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_1024_block_32768
                  (ite (not inv_failed_sector_1024_block_32768)
                       (- inv_end_sector_1024_block_32768
                          inv_start_sector_1024_block_32768)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_1024_block_32768
                            inv_failed_sector_1024_block_32768)
                        (or inv_anyFailed_sector_1024_block_32768
                            inv_failed_sector_1024_block_32768))
                     (or (or inv_failureArrived_sector_1024_block_32768
                             inv_failed_sector_1024_block_32768)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_1024_block_32768
          inv_anyFailed_sector_1024_block_32768)
       (or inv_failureArrived_sector_1024_block_32768
           (= inv_okBytesBeforeFailure_sector_1024_block_32768
              inv_okBytes_sector_1024_block_32768))
       (<= 0 inv_okBytesBeforeFailure_sector_1024_block_32768)
       (<= inv_okBytesBeforeFailure_sector_1024_block_32768
           inv_okBytes_sector_1024_block_32768)
       (<= inv_start_sector_1024_block_32768 inv_end_sector_1024_block_32768)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-2048-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_2048_block_32768 () Int)
(declare-fun inv_end_sector_2048_block_32768 () Int)
(declare-fun inv_failed_sector_2048_block_32768 () Bool)
(declare-fun inv_okBytes_sector_2048_block_32768 () Int)
(declare-fun inv_failureArrived_sector_2048_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_32768 () Int)
(declare-fun inv_anyFailed_sector_2048_block_32768 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (+ inv_okBytesBeforeFailure_sector_2048_block_32768
              (ite (not (or inv_failureArrived_sector_2048_block_32768
                            inv_failed_sector_2048_block_32768))
                   (- inv_end_sector_2048_block_32768
                      inv_start_sector_2048_block_32768)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_2048_block_32768
                 (ite (not inv_failed_sector_2048_block_32768)
                      (- inv_end_sector_2048_block_32768
                         inv_start_sector_2048_block_32768)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_2048_block_32768
                  (ite (not inv_failed_sector_2048_block_32768)
                       (- inv_end_sector_2048_block_32768
                          inv_start_sector_2048_block_32768)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_2048_block_32768
                            inv_failed_sector_2048_block_32768)
                        (or inv_anyFailed_sector_2048_block_32768
                            inv_failed_sector_2048_block_32768))
                     (or (or inv_failureArrived_sector_2048_block_32768
                             inv_failed_sector_2048_block_32768)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_2048_block_32768
          inv_anyFailed_sector_2048_block_32768)
       (or inv_failureArrived_sector_2048_block_32768
           (= inv_okBytesBeforeFailure_sector_2048_block_32768
              inv_okBytes_sector_2048_block_32768))
       (<= 0 inv_okBytesBeforeFailure_sector_2048_block_32768)
       (<= inv_okBytesBeforeFailure_sector_2048_block_32768
           inv_okBytes_sector_2048_block_32768)
       (<= inv_start_sector_2048_block_32768 inv_end_sector_2048_block_32768)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-4096-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_4096_block_32768 () Int)
(declare-fun inv_end_sector_4096_block_32768 () Int)
(declare-fun inv_failed_sector_4096_block_32768 () Bool)
(declare-fun inv_okBytes_sector_4096_block_32768 () Int)
(declare-fun inv_failureArrived_sector_4096_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_4096_block_32768 () Int)
(declare-fun inv_anyFailed_sector_4096_block_32768 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (+ inv_okBytesBeforeFailure_sector_4096_block_32768
              (ite (not (or inv_failureArrived_sector_4096_block_32768
                            inv_failed_sector_4096_block_32768))
                   (- inv_end_sector_4096_block_32768
                      inv_start_sector_4096_block_32768)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_4096_block_32768
                 (ite (not inv_failed_sector_4096_block_32768)
                      (- inv_end_sector_4096_block_32768
                         inv_start_sector_4096_block_32768)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_4096_block_32768
                  (ite (not inv_failed_sector_4096_block_32768)
                       (- inv_end_sector_4096_block_32768
                          inv_start_sector_4096_block_32768)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_4096_block_32768
                            inv_failed_sector_4096_block_32768)
                        (or inv_anyFailed_sector_4096_block_32768
                            inv_failed_sector_4096_block_32768))
                     (or (or inv_failureArrived_sector_4096_block_32768
                             inv_failed_sector_4096_block_32768)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_4096_block_32768
          inv_anyFailed_sector_4096_block_32768)
       (or inv_failureArrived_sector_4096_block_32768
           (= inv_okBytesBeforeFailure_sector_4096_block_32768
              inv_okBytes_sector_4096_block_32768))
       (<= 0 inv_okBytesBeforeFailure_sector_4096_block_32768)
       (<= inv_okBytesBeforeFailure_sector_4096_block_32768
           inv_okBytes_sector_4096_block_32768)
       (<= inv_start_sector_4096_block_32768 inv_end_sector_4096_block_32768)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-8192-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_8192_block_32768 () Int)
(declare-fun inv_end_sector_8192_block_32768 () Int)
(declare-fun inv_failed_sector_8192_block_32768 () Bool)
(declare-fun inv_okBytes_sector_8192_block_32768 () Int)
(declare-fun inv_failureArrived_sector_8192_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_8192_block_32768 () Int)
(declare-fun inv_anyFailed_sector_8192_block_32768 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (+ inv_okBytesBeforeFailure_sector_8192_block_32768
              (ite (not (or inv_failureArrived_sector_8192_block_32768
                            inv_failed_sector_8192_block_32768))
                   (- inv_end_sector_8192_block_32768
                      inv_start_sector_8192_block_32768)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_8192_block_32768
                 (ite (not inv_failed_sector_8192_block_32768)
                      (- inv_end_sector_8192_block_32768
                         inv_start_sector_8192_block_32768)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_8192_block_32768
                  (ite (not inv_failed_sector_8192_block_32768)
                       (- inv_end_sector_8192_block_32768
                          inv_start_sector_8192_block_32768)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_8192_block_32768
                            inv_failed_sector_8192_block_32768)
                        (or inv_anyFailed_sector_8192_block_32768
                            inv_failed_sector_8192_block_32768))
                     (or (or inv_failureArrived_sector_8192_block_32768
                             inv_failed_sector_8192_block_32768)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_8192_block_32768
          inv_anyFailed_sector_8192_block_32768)
       (or inv_failureArrived_sector_8192_block_32768
           (= inv_okBytesBeforeFailure_sector_8192_block_32768
              inv_okBytes_sector_8192_block_32768))
       (<= 0 inv_okBytesBeforeFailure_sector_8192_block_32768)
       (<= inv_okBytesBeforeFailure_sector_8192_block_32768
           inv_okBytes_sector_8192_block_32768)
       (<= inv_start_sector_8192_block_32768 inv_end_sector_8192_block_32768)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-16384-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_16384_block_32768 () Int)
(declare-fun inv_end_sector_16384_block_32768 () Int)
(declare-fun inv_failed_sector_16384_block_32768 () Bool)
(declare-fun inv_okBytes_sector_16384_block_32768 () Int)
(declare-fun inv_failureArrived_sector_16384_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_16384_block_32768 () Int)
(declare-fun inv_anyFailed_sector_16384_block_32768 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (+ inv_okBytesBeforeFailure_sector_16384_block_32768
              (ite (not (or inv_failureArrived_sector_16384_block_32768
                            inv_failed_sector_16384_block_32768))
                   (- inv_end_sector_16384_block_32768
                      inv_start_sector_16384_block_32768)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_16384_block_32768
                 (ite (not inv_failed_sector_16384_block_32768)
                      (- inv_end_sector_16384_block_32768
                         inv_start_sector_16384_block_32768)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_16384_block_32768
                  (ite (not inv_failed_sector_16384_block_32768)
                       (- inv_end_sector_16384_block_32768
                          inv_start_sector_16384_block_32768)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_16384_block_32768
                            inv_failed_sector_16384_block_32768)
                        (or inv_anyFailed_sector_16384_block_32768
                            inv_failed_sector_16384_block_32768))
                     (or (or inv_failureArrived_sector_16384_block_32768
                             inv_failed_sector_16384_block_32768)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_16384_block_32768
          inv_anyFailed_sector_16384_block_32768)
       (or inv_failureArrived_sector_16384_block_32768
           (= inv_okBytesBeforeFailure_sector_16384_block_32768
              inv_okBytes_sector_16384_block_32768))
       (<= 0 inv_okBytesBeforeFailure_sector_16384_block_32768)
       (<= inv_okBytesBeforeFailure_sector_16384_block_32768
           inv_okBytes_sector_16384_block_32768)
       (<= inv_start_sector_16384_block_32768 inv_end_sector_16384_block_32768)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-32768-block-32768
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_32768_block_32768 () Int)
(declare-fun inv_end_sector_32768_block_32768 () Int)
(declare-fun inv_failed_sector_32768_block_32768 () Bool)
(declare-fun inv_okBytes_sector_32768_block_32768 () Int)
(declare-fun inv_failureArrived_sector_32768_block_32768 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_32768_block_32768 () Int)
(declare-fun inv_anyFailed_sector_32768_block_32768 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 32768) 0) 0 32768))
      (a!3 (+ inv_okBytesBeforeFailure_sector_32768_block_32768
              (ite (not (or inv_failureArrived_sector_32768_block_32768
                            inv_failed_sector_32768_block_32768))
                   (- inv_end_sector_32768_block_32768
                      inv_start_sector_32768_block_32768)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 32768)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_32768_block_32768
                 (ite (not inv_failed_sector_32768_block_32768)
                      (- inv_end_sector_32768_block_32768
                         inv_start_sector_32768_block_32768)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_32768_block_32768
                  (ite (not inv_failed_sector_32768_block_32768)
                       (- inv_end_sector_32768_block_32768
                          inv_start_sector_32768_block_32768)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_32768_block_32768
                            inv_failed_sector_32768_block_32768)
                        (or inv_anyFailed_sector_32768_block_32768
                            inv_failed_sector_32768_block_32768))
                     (or (or inv_failureArrived_sector_32768_block_32768
                             inv_failed_sector_32768_block_32768)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_32768_block_32768
          inv_anyFailed_sector_32768_block_32768)
       (or inv_failureArrived_sector_32768_block_32768
           (= inv_okBytesBeforeFailure_sector_32768_block_32768
              inv_okBytes_sector_32768_block_32768))
       (<= 0 inv_okBytesBeforeFailure_sector_32768_block_32768)
       (<= inv_okBytesBeforeFailure_sector_32768_block_32768
           inv_okBytes_sector_32768_block_32768)
       (<= inv_start_sector_32768_block_32768 inv_end_sector_32768_block_32768)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-512-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_512_block_65536 () Int)
(declare-fun inv_end_sector_512_block_65536 () Int)
(declare-fun inv_failed_sector_512_block_65536 () Bool)
(declare-fun inv_okBytes_sector_512_block_65536 () Int)
(declare-fun inv_failureArrived_sector_512_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_512_block_65536 () Int)
(declare-fun inv_anyFailed_sector_512_block_65536 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (+ inv_okBytesBeforeFailure_sector_512_block_65536
              (ite (not (or inv_failureArrived_sector_512_block_65536
                            inv_failed_sector_512_block_65536))
                   (- inv_end_sector_512_block_65536
                      inv_start_sector_512_block_65536)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_512_block_65536
                 (ite (not inv_failed_sector_512_block_65536)
                      (- inv_end_sector_512_block_65536
                         inv_start_sector_512_block_65536)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_512_block_65536
                  (ite (not inv_failed_sector_512_block_65536)
                       (- inv_end_sector_512_block_65536
                          inv_start_sector_512_block_65536)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_512_block_65536
                            inv_failed_sector_512_block_65536)
                        (or inv_anyFailed_sector_512_block_65536
                            inv_failed_sector_512_block_65536))
                     (or (or inv_failureArrived_sector_512_block_65536
                             inv_failed_sector_512_block_65536)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_512_block_65536
          inv_anyFailed_sector_512_block_65536)
       (or inv_failureArrived_sector_512_block_65536
           (= inv_okBytesBeforeFailure_sector_512_block_65536
              inv_okBytes_sector_512_block_65536))
       (<= 0 inv_okBytesBeforeFailure_sector_512_block_65536)
       (<= inv_okBytesBeforeFailure_sector_512_block_65536
           inv_okBytes_sector_512_block_65536)
       (<= inv_start_sector_512_block_65536 inv_end_sector_512_block_65536)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-1024-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_1024_block_65536 () Int)
(declare-fun inv_end_sector_1024_block_65536 () Int)
(declare-fun inv_failed_sector_1024_block_65536 () Bool)
(declare-fun inv_okBytes_sector_1024_block_65536 () Int)
(declare-fun inv_failureArrived_sector_1024_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_1024_block_65536 () Int)
(declare-fun inv_anyFailed_sector_1024_block_65536 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (+ inv_okBytesBeforeFailure_sector_1024_block_65536
              (ite (not (or inv_failureArrived_sector_1024_block_65536
                            inv_failed_sector_1024_block_65536))
                   (- inv_end_sector_1024_block_65536
                      inv_start_sector_1024_block_65536)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_1024_block_65536
                 (ite (not inv_failed_sector_1024_block_65536)
                      (- inv_end_sector_1024_block_65536
                         inv_start_sector_1024_block_65536)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_1024_block_65536
                  (ite (not inv_failed_sector_1024_block_65536)
                       (- inv_end_sector_1024_block_65536
                          inv_start_sector_1024_block_65536)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_1024_block_65536
                            inv_failed_sector_1024_block_65536)
                        (or inv_anyFailed_sector_1024_block_65536
                            inv_failed_sector_1024_block_65536))
                     (or (or inv_failureArrived_sector_1024_block_65536
                             inv_failed_sector_1024_block_65536)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_1024_block_65536
          inv_anyFailed_sector_1024_block_65536)
       (or inv_failureArrived_sector_1024_block_65536
           (= inv_okBytesBeforeFailure_sector_1024_block_65536
              inv_okBytes_sector_1024_block_65536))
       (<= 0 inv_okBytesBeforeFailure_sector_1024_block_65536)
       (<= inv_okBytesBeforeFailure_sector_1024_block_65536
           inv_okBytes_sector_1024_block_65536)
       (<= inv_start_sector_1024_block_65536 inv_end_sector_1024_block_65536)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-2048-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_2048_block_65536 () Int)
(declare-fun inv_end_sector_2048_block_65536 () Int)
(declare-fun inv_failed_sector_2048_block_65536 () Bool)
(declare-fun inv_okBytes_sector_2048_block_65536 () Int)
(declare-fun inv_failureArrived_sector_2048_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_2048_block_65536 () Int)
(declare-fun inv_anyFailed_sector_2048_block_65536 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (+ inv_okBytesBeforeFailure_sector_2048_block_65536
              (ite (not (or inv_failureArrived_sector_2048_block_65536
                            inv_failed_sector_2048_block_65536))
                   (- inv_end_sector_2048_block_65536
                      inv_start_sector_2048_block_65536)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_2048_block_65536
                 (ite (not inv_failed_sector_2048_block_65536)
                      (- inv_end_sector_2048_block_65536
                         inv_start_sector_2048_block_65536)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_2048_block_65536
                  (ite (not inv_failed_sector_2048_block_65536)
                       (- inv_end_sector_2048_block_65536
                          inv_start_sector_2048_block_65536)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_2048_block_65536
                            inv_failed_sector_2048_block_65536)
                        (or inv_anyFailed_sector_2048_block_65536
                            inv_failed_sector_2048_block_65536))
                     (or (or inv_failureArrived_sector_2048_block_65536
                             inv_failed_sector_2048_block_65536)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_2048_block_65536
          inv_anyFailed_sector_2048_block_65536)
       (or inv_failureArrived_sector_2048_block_65536
           (= inv_okBytesBeforeFailure_sector_2048_block_65536
              inv_okBytes_sector_2048_block_65536))
       (<= 0 inv_okBytesBeforeFailure_sector_2048_block_65536)
       (<= inv_okBytesBeforeFailure_sector_2048_block_65536
           inv_okBytes_sector_2048_block_65536)
       (<= inv_start_sector_2048_block_65536 inv_end_sector_2048_block_65536)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-4096-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_4096_block_65536 () Int)
(declare-fun inv_end_sector_4096_block_65536 () Int)
(declare-fun inv_failed_sector_4096_block_65536 () Bool)
(declare-fun inv_okBytes_sector_4096_block_65536 () Int)
(declare-fun inv_failureArrived_sector_4096_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_4096_block_65536 () Int)
(declare-fun inv_anyFailed_sector_4096_block_65536 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (+ inv_okBytesBeforeFailure_sector_4096_block_65536
              (ite (not (or inv_failureArrived_sector_4096_block_65536
                            inv_failed_sector_4096_block_65536))
                   (- inv_end_sector_4096_block_65536
                      inv_start_sector_4096_block_65536)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_4096_block_65536
                 (ite (not inv_failed_sector_4096_block_65536)
                      (- inv_end_sector_4096_block_65536
                         inv_start_sector_4096_block_65536)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_4096_block_65536
                  (ite (not inv_failed_sector_4096_block_65536)
                       (- inv_end_sector_4096_block_65536
                          inv_start_sector_4096_block_65536)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_4096_block_65536
                            inv_failed_sector_4096_block_65536)
                        (or inv_anyFailed_sector_4096_block_65536
                            inv_failed_sector_4096_block_65536))
                     (or (or inv_failureArrived_sector_4096_block_65536
                             inv_failed_sector_4096_block_65536)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_4096_block_65536
          inv_anyFailed_sector_4096_block_65536)
       (or inv_failureArrived_sector_4096_block_65536
           (= inv_okBytesBeforeFailure_sector_4096_block_65536
              inv_okBytes_sector_4096_block_65536))
       (<= 0 inv_okBytesBeforeFailure_sector_4096_block_65536)
       (<= inv_okBytesBeforeFailure_sector_4096_block_65536
           inv_okBytes_sector_4096_block_65536)
       (<= inv_start_sector_4096_block_65536 inv_end_sector_4096_block_65536)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-8192-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_8192_block_65536 () Int)
(declare-fun inv_end_sector_8192_block_65536 () Int)
(declare-fun inv_failed_sector_8192_block_65536 () Bool)
(declare-fun inv_okBytes_sector_8192_block_65536 () Int)
(declare-fun inv_failureArrived_sector_8192_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_8192_block_65536 () Int)
(declare-fun inv_anyFailed_sector_8192_block_65536 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (+ inv_okBytesBeforeFailure_sector_8192_block_65536
              (ite (not (or inv_failureArrived_sector_8192_block_65536
                            inv_failed_sector_8192_block_65536))
                   (- inv_end_sector_8192_block_65536
                      inv_start_sector_8192_block_65536)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_8192_block_65536
                 (ite (not inv_failed_sector_8192_block_65536)
                      (- inv_end_sector_8192_block_65536
                         inv_start_sector_8192_block_65536)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_8192_block_65536
                  (ite (not inv_failed_sector_8192_block_65536)
                       (- inv_end_sector_8192_block_65536
                          inv_start_sector_8192_block_65536)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_8192_block_65536
                            inv_failed_sector_8192_block_65536)
                        (or inv_anyFailed_sector_8192_block_65536
                            inv_failed_sector_8192_block_65536))
                     (or (or inv_failureArrived_sector_8192_block_65536
                             inv_failed_sector_8192_block_65536)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_8192_block_65536
          inv_anyFailed_sector_8192_block_65536)
       (or inv_failureArrived_sector_8192_block_65536
           (= inv_okBytesBeforeFailure_sector_8192_block_65536
              inv_okBytes_sector_8192_block_65536))
       (<= 0 inv_okBytesBeforeFailure_sector_8192_block_65536)
       (<= inv_okBytesBeforeFailure_sector_8192_block_65536
           inv_okBytes_sector_8192_block_65536)
       (<= inv_start_sector_8192_block_65536 inv_end_sector_8192_block_65536)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-16384-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_16384_block_65536 () Int)
(declare-fun inv_end_sector_16384_block_65536 () Int)
(declare-fun inv_failed_sector_16384_block_65536 () Bool)
(declare-fun inv_okBytes_sector_16384_block_65536 () Int)
(declare-fun inv_failureArrived_sector_16384_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_16384_block_65536 () Int)
(declare-fun inv_anyFailed_sector_16384_block_65536 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (+ inv_okBytesBeforeFailure_sector_16384_block_65536
              (ite (not (or inv_failureArrived_sector_16384_block_65536
                            inv_failed_sector_16384_block_65536))
                   (- inv_end_sector_16384_block_65536
                      inv_start_sector_16384_block_65536)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_16384_block_65536
                 (ite (not inv_failed_sector_16384_block_65536)
                      (- inv_end_sector_16384_block_65536
                         inv_start_sector_16384_block_65536)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_16384_block_65536
                  (ite (not inv_failed_sector_16384_block_65536)
                       (- inv_end_sector_16384_block_65536
                          inv_start_sector_16384_block_65536)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_16384_block_65536
                            inv_failed_sector_16384_block_65536)
                        (or inv_anyFailed_sector_16384_block_65536
                            inv_failed_sector_16384_block_65536))
                     (or (or inv_failureArrived_sector_16384_block_65536
                             inv_failed_sector_16384_block_65536)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_16384_block_65536
          inv_anyFailed_sector_16384_block_65536)
       (or inv_failureArrived_sector_16384_block_65536
           (= inv_okBytesBeforeFailure_sector_16384_block_65536
              inv_okBytes_sector_16384_block_65536))
       (<= 0 inv_okBytesBeforeFailure_sector_16384_block_65536)
       (<= inv_okBytesBeforeFailure_sector_16384_block_65536
           inv_okBytes_sector_16384_block_65536)
       (<= inv_start_sector_16384_block_65536 inv_end_sector_16384_block_65536)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-32768-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_32768_block_65536 () Int)
(declare-fun inv_end_sector_32768_block_65536 () Int)
(declare-fun inv_failed_sector_32768_block_65536 () Bool)
(declare-fun inv_okBytes_sector_32768_block_65536 () Int)
(declare-fun inv_failureArrived_sector_32768_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_32768_block_65536 () Int)
(declare-fun inv_anyFailed_sector_32768_block_65536 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (+ inv_okBytesBeforeFailure_sector_32768_block_65536
              (ite (not (or inv_failureArrived_sector_32768_block_65536
                            inv_failed_sector_32768_block_65536))
                   (- inv_end_sector_32768_block_65536
                      inv_start_sector_32768_block_65536)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_32768_block_65536
                 (ite (not inv_failed_sector_32768_block_65536)
                      (- inv_end_sector_32768_block_65536
                         inv_start_sector_32768_block_65536)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_32768_block_65536
                  (ite (not inv_failed_sector_32768_block_65536)
                       (- inv_end_sector_32768_block_65536
                          inv_start_sector_32768_block_65536)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_32768_block_65536
                            inv_failed_sector_32768_block_65536)
                        (or inv_anyFailed_sector_32768_block_65536
                            inv_failed_sector_32768_block_65536))
                     (or (or inv_failureArrived_sector_32768_block_65536
                             inv_failed_sector_32768_block_65536)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_32768_block_65536
          inv_anyFailed_sector_32768_block_65536)
       (or inv_failureArrived_sector_32768_block_65536
           (= inv_okBytesBeforeFailure_sector_32768_block_65536
              inv_okBytes_sector_32768_block_65536))
       (<= 0 inv_okBytesBeforeFailure_sector_32768_block_65536)
       (<= inv_okBytesBeforeFailure_sector_32768_block_65536
           inv_okBytes_sector_32768_block_65536)
       (<= inv_start_sector_32768_block_65536 inv_end_sector_32768_block_65536)
       a!6)))))
(check-sat)
(reset)
; case: premise: the arrival abstraction is inductive, geometry sector-65536-block-65536
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun inv_start_sector_65536_block_65536 () Int)
(declare-fun inv_end_sector_65536_block_65536 () Int)
(declare-fun inv_failed_sector_65536_block_65536 () Bool)
(declare-fun inv_okBytes_sector_65536_block_65536 () Int)
(declare-fun inv_failureArrived_sector_65536_block_65536 () Bool)
(declare-fun inv_okBytesBeforeFailure_sector_65536_block_65536 () Int)
(declare-fun inv_anyFailed_sector_65536_block_65536 () Bool)
(declare-fun maxBioBytes () Int)
(declare-fun maxBioSectors () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (+ inv_okBytesBeforeFailure_sector_65536_block_65536
              (ite (not (or inv_failureArrived_sector_65536_block_65536
                            inv_failed_sector_65536_block_65536))
                   (- inv_end_sector_65536_block_65536
                      inv_start_sector_65536_block_65536)
                   0))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (= a!3
              (+ inv_okBytes_sector_65536_block_65536
                 (ite (not inv_failed_sector_65536_block_65536)
                      (- inv_end_sector_65536_block_65536
                         inv_start_sector_65536_block_65536)
                      0))))
      (a!5 (<= a!3
               (+ inv_okBytes_sector_65536_block_65536
                  (ite (not inv_failed_sector_65536_block_65536)
                       (- inv_end_sector_65536_block_65536
                          inv_start_sector_65536_block_65536)
                       0)))))
(let ((a!6 (not (and (= (or inv_failureArrived_sector_65536_block_65536
                            inv_failed_sector_65536_block_65536)
                        (or inv_anyFailed_sector_65536_block_65536
                            inv_failed_sector_65536_block_65536))
                     (or (or inv_failureArrived_sector_65536_block_65536
                             inv_failed_sector_65536_block_65536)
                         a!4)
                     (<= 0 a!3)
                     a!5))))
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
       (= inv_failureArrived_sector_65536_block_65536
          inv_anyFailed_sector_65536_block_65536)
       (or inv_failureArrived_sector_65536_block_65536
           (= inv_okBytesBeforeFailure_sector_65536_block_65536
              inv_okBytes_sector_65536_block_65536))
       (<= 0 inv_okBytesBeforeFailure_sector_65536_block_65536)
       (<= inv_okBytesBeforeFailure_sector_65536_block_65536
           inv_okBytes_sector_65536_block_65536)
       (<= inv_start_sector_65536_block_65536 inv_end_sector_65536_block_65536)
       a!6)))))
(check-sat)
(reset)
