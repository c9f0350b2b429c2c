; DioVerify proof obligation (dioverify 0.1.0)
; policy:   arrival-cutoff
; property: P3 progress: P > 0 ⇒ R = P
; bound:    bios<=3
; method:   bounded, every arrival order (odd-even transposition network)
; geometry: bio-equals-block (S=512, B=4096, M=4096), bio-smaller-than-block (S=512, B=4096, M=1024), bio-unaligned-to-block (S=512, B=4096, M=6144), bio-spans-blocks (S=512, B=4096, M=16384), sector-equals-block (S=4096, B=4096, M=8192), large-sectors-and-blocks (S=4096, B=65536, M=16384)
; 48 queries; any sat is a counterexample (the rest need not be solved), all unsat means the property holds.
; case: 0 BIOs, geometry bio-equals-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128)))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry bio-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry bio-smaller-than-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128)))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry bio-smaller-than-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry bio-unaligned-to-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128)))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry bio-unaligned-to-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry bio-spans-blocks, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128)))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry bio-spans-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry sector-equals-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128)))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry sector-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry large-sectors-and-blocks, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128)))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry large-sectors-and-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
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
(let ((a!9 (= (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28)) (- a!8 offset))))
(let ((a!10 (or (not (< 0 (- a!8 offset))) a!9)))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (not a!10)))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-equals-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 4096))
       (not (or (not a!9) a!14))
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 4096))
       (not (or (not a!9) a!14)))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-smaller-than-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 1024))
       (not (or (not a!9) a!14))
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-smaller-than-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 1024))
       (not (or (not a!9) a!14)))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-unaligned-to-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 6144))
       (not (or (not a!9) a!14))
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-unaligned-to-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 6144))
       (not (or (not a!9) a!14)))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-spans-blocks, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 16384))
       (not (or (not a!9) a!14))
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-spans-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 16384))
       (not (or (not a!9) a!14)))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry sector-equals-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 8192))
       (not (or (not a!9) a!14))
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry sector-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 8192))
       (not (or (not a!9) a!14)))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry large-sectors-and-blocks, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 16384))
       (not (or (not a!9) a!14))
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry large-sectors-and-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (< 0 (- (ite failed_0 (+ offset 0) a!8) offset)))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!12 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!13 (ite (< 0 (- a!12 offset))
                 (- a!12 offset)
                 (ite (and failed_0 (= a!12 offset)) (- 5) (- 28)))))
(let ((a!14 (= (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!13)
               (- (ite failed_0 (+ offset 0) a!8) offset))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 16384))
       (not (or (not a!9) a!14)))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-equals-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_equals_block_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 4096) a!8))
              offset))
      (a!10 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!11 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_bio_equals_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_equals_block_n2_r0_s0
                         (+ offset 4096)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_bio_equals_block_n2_r0_s0
                    (+ (+ offset 4096) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_bio_equals_block_n2_r0_s0
                    (+ offset 4096)
                    (+ offset 0))))
      (a!13 (- (ite arrival_bio_equals_block_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 4096) a!10))
               (ite arrival_bio_equals_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 4096))))
      (a!17 (ite a!16
                 (ite arrival_bio_equals_block_n2_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_bio_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_equals_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_bio_equals_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_equals_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 4096))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_bio_equals_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_bio_equals_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_bio_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_equals_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 4096) a!8)
       (<= a!8 (+ (+ offset 4096) 4096))
       a!22
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_equals_block_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 4096) a!8))
              offset))
      (a!10 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!11 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_bio_equals_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_equals_block_n2_r0_s0
                         (+ offset 4096)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_bio_equals_block_n2_r0_s0
                    (+ (+ offset 4096) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_bio_equals_block_n2_r0_s0
                    (+ offset 4096)
                    (+ offset 0))))
      (a!13 (- (ite arrival_bio_equals_block_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 4096) a!10))
               (ite arrival_bio_equals_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 4096))))
      (a!17 (ite a!16
                 (ite arrival_bio_equals_block_n2_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_bio_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_equals_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_bio_equals_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_equals_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 4096))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_bio_equals_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_bio_equals_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_bio_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_equals_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 4096) a!8)
       (<= a!8 (+ (+ offset 4096) 4096))
       a!22)))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-smaller-than-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_smaller_than_block_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 1024) a!8))
              offset))
      (a!10 (ite (<= 1024 (- a!8 (+ offset 1024))) 1024 (- a!8 (+ offset 1024))))
      (a!11 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_bio_smaller_than_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_smaller_than_block_n2_r0_s0
                         (+ offset 1024)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ (+ offset 1024) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ offset 1024)
                    (+ offset 0))))
      (a!13 (- (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 1024) a!10))
               (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 1024))))
      (a!17 (ite a!16
                 (ite arrival_bio_smaller_than_block_n2_r0_s0
                      (+ offset 1024)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_bio_smaller_than_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_smaller_than_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 1024))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_bio_smaller_than_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_bio_smaller_than_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 1024))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 1024) a!8)
       (<= a!8 (+ (+ offset 1024) 1024))
       a!22
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-smaller-than-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_smaller_than_block_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 1024) a!8))
              offset))
      (a!10 (ite (<= 1024 (- a!8 (+ offset 1024))) 1024 (- a!8 (+ offset 1024))))
      (a!11 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_bio_smaller_than_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_smaller_than_block_n2_r0_s0
                         (+ offset 1024)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ (+ offset 1024) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ offset 1024)
                    (+ offset 0))))
      (a!13 (- (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 1024) a!10))
               (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 1024))))
      (a!17 (ite a!16
                 (ite arrival_bio_smaller_than_block_n2_r0_s0
                      (+ offset 1024)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_bio_smaller_than_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_smaller_than_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 1024))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_bio_smaller_than_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_bio_smaller_than_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 1024))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 1024) a!8)
       (<= a!8 (+ (+ offset 1024) 1024))
       a!22)))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-unaligned-to-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_unaligned_to_block_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 6144) a!8))
              offset))
      (a!10 (ite (<= 6144 (- a!8 (+ offset 6144))) 6144 (- a!8 (+ offset 6144))))
      (a!11 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_bio_unaligned_to_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_unaligned_to_block_n2_r0_s0
                         (+ offset 6144)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ (+ offset 6144) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ offset 6144)
                    (+ offset 0))))
      (a!13 (- (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 6144) a!10))
               (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 6144))))
      (a!17 (ite a!16
                 (ite arrival_bio_unaligned_to_block_n2_r0_s0
                      (+ offset 6144)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_bio_unaligned_to_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_unaligned_to_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 6144))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_bio_unaligned_to_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_bio_unaligned_to_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 6144))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 6144) a!8)
       (<= a!8 (+ (+ offset 6144) 6144))
       a!22
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-unaligned-to-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_unaligned_to_block_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 6144) a!8))
              offset))
      (a!10 (ite (<= 6144 (- a!8 (+ offset 6144))) 6144 (- a!8 (+ offset 6144))))
      (a!11 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_bio_unaligned_to_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_unaligned_to_block_n2_r0_s0
                         (+ offset 6144)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ (+ offset 6144) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ offset 6144)
                    (+ offset 0))))
      (a!13 (- (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 6144) a!10))
               (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 6144))))
      (a!17 (ite a!16
                 (ite arrival_bio_unaligned_to_block_n2_r0_s0
                      (+ offset 6144)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_bio_unaligned_to_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_unaligned_to_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 6144))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_bio_unaligned_to_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_bio_unaligned_to_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 6144))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 6144) a!8)
       (<= a!8 (+ (+ offset 6144) 6144))
       a!22)))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-spans-blocks, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_spans_blocks_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 16384) a!8))
              offset))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!11 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_bio_spans_blocks_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_spans_blocks_n2_r0_s0
                         (+ offset 16384)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ (+ offset 16384) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ offset 16384)
                    (+ offset 0))))
      (a!13 (- (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 16384) a!10))
               (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ offset 0)
                    (+ offset 16384))))
      (a!17 (ite a!16
                 (ite arrival_bio_spans_blocks_n2_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_bio_spans_blocks_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_spans_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 16384))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_bio_spans_blocks_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_bio_spans_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 16384) a!8)
       (<= a!8 (+ (+ offset 16384) 16384))
       a!22
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-spans-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_spans_blocks_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 16384) a!8))
              offset))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!11 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_bio_spans_blocks_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_spans_blocks_n2_r0_s0
                         (+ offset 16384)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ (+ offset 16384) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ offset 16384)
                    (+ offset 0))))
      (a!13 (- (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 16384) a!10))
               (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ offset 0)
                    (+ offset 16384))))
      (a!17 (ite a!16
                 (ite arrival_bio_spans_blocks_n2_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_bio_spans_blocks_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_spans_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 16384))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_bio_spans_blocks_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_bio_spans_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 16384) a!8)
       (<= a!8 (+ (+ offset 16384) 16384))
       a!22)))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry sector-equals-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_sector_equals_block_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 8192) a!8))
              offset))
      (a!10 (ite (<= 8192 (- a!8 (+ offset 8192))) 8192 (- a!8 (+ offset 8192))))
      (a!11 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_sector_equals_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_sector_equals_block_n2_r0_s0
                         (+ offset 8192)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_sector_equals_block_n2_r0_s0
                    (+ (+ offset 8192) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_sector_equals_block_n2_r0_s0
                    (+ offset 8192)
                    (+ offset 0))))
      (a!13 (- (ite arrival_sector_equals_block_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 8192) a!10))
               (ite arrival_sector_equals_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 8192))))
      (a!17 (ite a!16
                 (ite arrival_sector_equals_block_n2_r0_s0
                      (+ offset 8192)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_sector_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sector_equals_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_sector_equals_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_sector_equals_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 8192))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_sector_equals_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_sector_equals_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 8192))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_sector_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sector_equals_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 8192) a!8)
       (<= a!8 (+ (+ offset 8192) 8192))
       a!22
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry sector-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_sector_equals_block_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 8192) a!8))
              offset))
      (a!10 (ite (<= 8192 (- a!8 (+ offset 8192))) 8192 (- a!8 (+ offset 8192))))
      (a!11 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_sector_equals_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_sector_equals_block_n2_r0_s0
                         (+ offset 8192)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_sector_equals_block_n2_r0_s0
                    (+ (+ offset 8192) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_sector_equals_block_n2_r0_s0
                    (+ offset 8192)
                    (+ offset 0))))
      (a!13 (- (ite arrival_sector_equals_block_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 8192) a!10))
               (ite arrival_sector_equals_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 8192))))
      (a!17 (ite a!16
                 (ite arrival_sector_equals_block_n2_r0_s0
                      (+ offset 8192)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_sector_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sector_equals_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_sector_equals_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_sector_equals_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 8192))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_sector_equals_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_sector_equals_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 8192))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_sector_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sector_equals_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 8192) a!8)
       (<= a!8 (+ (+ offset 8192) 8192))
       a!22)))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry large-sectors-and-blocks, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_large_sectors_and_blocks_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 16384) a!8))
              offset))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!11 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite arrival_large_sectors_and_blocks_n2_r0_s0
                         (+ offset 16384)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ (+ offset 16384) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ offset 16384)
                    (+ offset 0))))
      (a!13 (- (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 16384) a!10))
               (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ offset 0)
                    (+ offset 16384))))
      (a!17 (ite a!16
                 (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite arrival_large_sectors_and_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 16384))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_large_sectors_and_blocks_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 16384) a!8)
       (<= a!8 (+ (+ offset 16384) 16384))
       a!22
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry large-sectors-and-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_large_sectors_and_blocks_n2_r0_s0 () Bool)
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
(let ((a!9 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 16384) a!8))
              offset))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!11 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!16 (and (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite arrival_large_sectors_and_blocks_n2_r0_s0
                         (+ offset 16384)
                         (+ offset 0))
                    a!8))))
(let ((a!12 (- (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ (+ offset 16384) a!10)
                    (+ (+ offset 0) a!11))
               (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ offset 16384)
                    (+ offset 0))))
      (a!13 (- (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ (+ offset 0) a!11)
                    (+ (+ offset 16384) a!10))
               (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ offset 0)
                    (+ offset 16384))))
      (a!17 (ite a!16
                 (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!8)))
(let ((a!14 (ite (not (or (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!13
                 0))
      (a!18 (and (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite arrival_large_sectors_and_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 16384))
                    a!17))))
(let ((a!15 (+ 0
               (ite (not (ite arrival_large_sectors_and_blocks_n2_r0_s0
                              failed_1
                              failed_0))
                    a!12
                    0)
               a!14))
      (a!19 (ite a!18
                 (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 a!17)))
(let ((a!20 (ite (and (or (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!19 offset))
                 (- 5)
                 (- 28))))
(let ((a!21 (ite (< 0 a!15)
                 a!15
                 (ite (< 0 (- a!19 offset)) (- a!19 offset) a!20))))
(let ((a!22 (not (or (not (< 0 a!9)) (= a!21 a!9)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 16384) a!8)
       (<= a!8 (+ (+ offset 16384) 16384))
       a!22)))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-equals-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_equals_block_n3_r0_s0 () Bool)
(declare-fun arrival_bio_equals_block_n3_r1_s1 () Bool)
(declare-fun arrival_bio_equals_block_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_equals_block_n3_r0_s0 failed_0 failed_1))
                 (ite arrival_bio_equals_block_n3_r0_s0 failed_1 failed_0)))
      (a!17 (ite arrival_bio_equals_block_n3_r1_s1
                 (+ offset 8192)
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))))
      (a!19 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_equals_block_n3_r0_s0 failed_0 failed_1))))
      (a!23 (ite arrival_bio_equals_block_n3_r1_s1
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 (+ offset 8192))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!18 (ite arrival_bio_equals_block_n3_r2_s0
                 a!17
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))))
      (a!21 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_bio_equals_block_n3_r1_s1
                     (ite arrival_bio_equals_block_n3_r0_s0 failed_0 failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 4096)
                     (ite failed_2 (+ offset 8192) a!8))))
      (a!11 (ite (<= 4096 (- a!8 (+ offset 8192))) 4096 (- a!8 (+ offset 8192))))
      (a!12 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_bio_equals_block_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 4096) a!13)))
      (a!15 (ite arrival_bio_equals_block_n3_r0_s0
                 (+ (+ offset 4096) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r1_s1
                      (+ (+ offset 8192) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_bio_equals_block_n3_r2_s0
                 a!15
                 (ite arrival_bio_equals_block_n3_r1_s1
                      (+ (+ offset 8192) a!11)
                      a!14)))
      (a!24 (- (ite arrival_bio_equals_block_n3_r1_s1
                    a!14
                    (+ (+ offset 8192) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_bio_equals_block_n3_r1_s1
                           (ite arrival_bio_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 8192) a!8)
       (<= a!8 (+ (+ offset 8192) 4096))
       (not a!30)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_equals_block_n3_r0_s0 () Bool)
(declare-fun arrival_bio_equals_block_n3_r1_s1 () Bool)
(declare-fun arrival_bio_equals_block_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_equals_block_n3_r0_s0 failed_0 failed_1))
                 (ite arrival_bio_equals_block_n3_r0_s0 failed_1 failed_0)))
      (a!17 (ite arrival_bio_equals_block_n3_r1_s1
                 (+ offset 8192)
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))))
      (a!19 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_equals_block_n3_r0_s0 failed_0 failed_1))))
      (a!23 (ite arrival_bio_equals_block_n3_r1_s1
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 (+ offset 8192))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!18 (ite arrival_bio_equals_block_n3_r2_s0
                 a!17
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))))
      (a!21 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_bio_equals_block_n3_r1_s1
                     (ite arrival_bio_equals_block_n3_r0_s0 failed_0 failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 4096)
                     (ite failed_2 (+ offset 8192) a!8))))
      (a!11 (ite (<= 4096 (- a!8 (+ offset 8192))) 4096 (- a!8 (+ offset 8192))))
      (a!12 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_bio_equals_block_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 4096) a!13)))
      (a!15 (ite arrival_bio_equals_block_n3_r0_s0
                 (+ (+ offset 4096) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r1_s1
                      (+ (+ offset 8192) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_bio_equals_block_n3_r2_s0
                 a!15
                 (ite arrival_bio_equals_block_n3_r1_s1
                      (+ (+ offset 8192) a!11)
                      a!14)))
      (a!24 (- (ite arrival_bio_equals_block_n3_r1_s1
                    a!14
                    (+ (+ offset 8192) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_bio_equals_block_n3_r1_s1
                           (ite arrival_bio_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 8192) a!8)
       (<= a!8 (+ (+ offset 8192) 4096))
       (not a!30))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-smaller-than-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_smaller_than_block_n3_r0_s0 () Bool)
(declare-fun arrival_bio_smaller_than_block_n3_r1_s1 () Bool)
(declare-fun arrival_bio_smaller_than_block_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_smaller_than_block_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite arrival_bio_smaller_than_block_n3_r0_s0 failed_1 failed_0)))
      (a!17 (ite arrival_bio_smaller_than_block_n3_r1_s1
                 (+ offset 2048)
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 1024))))
      (a!19 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_smaller_than_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!23 (ite arrival_bio_smaller_than_block_n3_r1_s1
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 1024))
                 (+ offset 2048))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!18 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 a!17
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 1024)
                      (+ offset 0))))
      (a!21 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 1024)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_bio_smaller_than_block_n3_r1_s1
                     (ite arrival_bio_smaller_than_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 1024)
                     (ite failed_2 (+ offset 2048) a!8))))
      (a!11 (ite (<= 1024 (- a!8 (+ offset 2048))) 1024 (- a!8 (+ offset 2048))))
      (a!12 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 1024 (- a!8 (+ offset 1024))) 1024 (- a!8 (+ offset 1024))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_bio_smaller_than_block_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 1024) a!13)))
      (a!15 (ite arrival_bio_smaller_than_block_n3_r0_s0
                 (+ (+ offset 1024) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      (+ (+ offset 2048) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 a!15
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      (+ (+ offset 2048) a!11)
                      a!14)))
      (a!24 (- (ite arrival_bio_smaller_than_block_n3_r1_s1
                    a!14
                    (+ (+ offset 2048) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_bio_smaller_than_block_n3_r1_s1
                           (ite arrival_bio_smaller_than_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 2048) a!8)
       (<= a!8 (+ (+ offset 2048) 1024))
       (not a!30)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-smaller-than-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_smaller_than_block_n3_r0_s0 () Bool)
(declare-fun arrival_bio_smaller_than_block_n3_r1_s1 () Bool)
(declare-fun arrival_bio_smaller_than_block_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_smaller_than_block_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite arrival_bio_smaller_than_block_n3_r0_s0 failed_1 failed_0)))
      (a!17 (ite arrival_bio_smaller_than_block_n3_r1_s1
                 (+ offset 2048)
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 1024))))
      (a!19 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_smaller_than_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!23 (ite arrival_bio_smaller_than_block_n3_r1_s1
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 1024))
                 (+ offset 2048))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!18 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 a!17
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 1024)
                      (+ offset 0))))
      (a!21 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 1024)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_bio_smaller_than_block_n3_r1_s1
                     (ite arrival_bio_smaller_than_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 1024)
                     (ite failed_2 (+ offset 2048) a!8))))
      (a!11 (ite (<= 1024 (- a!8 (+ offset 2048))) 1024 (- a!8 (+ offset 2048))))
      (a!12 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 1024 (- a!8 (+ offset 1024))) 1024 (- a!8 (+ offset 1024))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_bio_smaller_than_block_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 1024) a!13)))
      (a!15 (ite arrival_bio_smaller_than_block_n3_r0_s0
                 (+ (+ offset 1024) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      (+ (+ offset 2048) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 a!15
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      (+ (+ offset 2048) a!11)
                      a!14)))
      (a!24 (- (ite arrival_bio_smaller_than_block_n3_r1_s1
                    a!14
                    (+ (+ offset 2048) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_bio_smaller_than_block_n3_r1_s1
                           (ite arrival_bio_smaller_than_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 2048) a!8)
       (<= a!8 (+ (+ offset 2048) 1024))
       (not a!30))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-unaligned-to-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_unaligned_to_block_n3_r0_s0 () Bool)
(declare-fun arrival_bio_unaligned_to_block_n3_r1_s1 () Bool)
(declare-fun arrival_bio_unaligned_to_block_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_unaligned_to_block_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0 failed_1 failed_0)))
      (a!17 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                 (+ offset 12288)
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 6144))))
      (a!19 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_unaligned_to_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!23 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 6144))
                 (+ offset 12288))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!18 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 a!17
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 6144)
                      (+ offset 0))))
      (a!21 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 6144)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_bio_unaligned_to_block_n3_r1_s1
                     (ite arrival_bio_unaligned_to_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 6144)
                     (ite failed_2 (+ offset 12288) a!8))))
      (a!11 (ite (<= 6144 (- a!8 (+ offset 12288)))
                 6144
                 (- a!8 (+ offset 12288))))
      (a!12 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 6144 (- a!8 (+ offset 6144))) 6144 (- a!8 (+ offset 6144))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 6144) a!13)))
      (a!15 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                 (+ (+ offset 6144) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      (+ (+ offset 12288) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 a!15
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      (+ (+ offset 12288) a!11)
                      a!14)))
      (a!24 (- (ite arrival_bio_unaligned_to_block_n3_r1_s1
                    a!14
                    (+ (+ offset 12288) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_bio_unaligned_to_block_n3_r1_s1
                           (ite arrival_bio_unaligned_to_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 12288) a!8)
       (<= a!8 (+ (+ offset 12288) 6144))
       (not a!30)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-unaligned-to-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_unaligned_to_block_n3_r0_s0 () Bool)
(declare-fun arrival_bio_unaligned_to_block_n3_r1_s1 () Bool)
(declare-fun arrival_bio_unaligned_to_block_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_unaligned_to_block_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0 failed_1 failed_0)))
      (a!17 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                 (+ offset 12288)
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 6144))))
      (a!19 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_unaligned_to_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!23 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 6144))
                 (+ offset 12288))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!18 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 a!17
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 6144)
                      (+ offset 0))))
      (a!21 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 6144)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_bio_unaligned_to_block_n3_r1_s1
                     (ite arrival_bio_unaligned_to_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 6144)
                     (ite failed_2 (+ offset 12288) a!8))))
      (a!11 (ite (<= 6144 (- a!8 (+ offset 12288)))
                 6144
                 (- a!8 (+ offset 12288))))
      (a!12 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 6144 (- a!8 (+ offset 6144))) 6144 (- a!8 (+ offset 6144))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 6144) a!13)))
      (a!15 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                 (+ (+ offset 6144) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      (+ (+ offset 12288) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 a!15
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      (+ (+ offset 12288) a!11)
                      a!14)))
      (a!24 (- (ite arrival_bio_unaligned_to_block_n3_r1_s1
                    a!14
                    (+ (+ offset 12288) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_bio_unaligned_to_block_n3_r1_s1
                           (ite arrival_bio_unaligned_to_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 12288) a!8)
       (<= a!8 (+ (+ offset 12288) 6144))
       (not a!30))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-spans-blocks, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_spans_blocks_n3_r0_s0 () Bool)
(declare-fun arrival_bio_spans_blocks_n3_r1_s1 () Bool)
(declare-fun arrival_bio_spans_blocks_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_bio_spans_blocks_n3_r0_s0 failed_0 failed_1))
                 (ite arrival_bio_spans_blocks_n3_r0_s0 failed_1 failed_0)))
      (a!17 (ite arrival_bio_spans_blocks_n3_r1_s1
                 (+ offset 32768)
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))))
      (a!19 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_bio_spans_blocks_n3_r0_s0 failed_0 failed_1))))
      (a!23 (ite arrival_bio_spans_blocks_n3_r1_s1
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 (+ offset 32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!18 (ite arrival_bio_spans_blocks_n3_r2_s0
                 a!17
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))))
      (a!21 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_bio_spans_blocks_n3_r1_s1
                     (ite arrival_bio_spans_blocks_n3_r0_s0 failed_0 failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 16384)
                     (ite failed_2 (+ offset 32768) a!8))))
      (a!11 (ite (<= 16384 (- a!8 (+ offset 32768)))
                 16384
                 (- a!8 (+ offset 32768))))
      (a!12 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_bio_spans_blocks_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 16384) a!13)))
      (a!15 (ite arrival_bio_spans_blocks_n3_r0_s0
                 (+ (+ offset 16384) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_bio_spans_blocks_n3_r2_s0
                 a!15
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!11)
                      a!14)))
      (a!24 (- (ite arrival_bio_spans_blocks_n3_r1_s1
                    a!14
                    (+ (+ offset 32768) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_bio_spans_blocks_n3_r1_s1
                           (ite arrival_bio_spans_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 32768) a!8)
       (<= a!8 (+ (+ offset 32768) 16384))
       (not a!30)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-spans-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_bio_spans_blocks_n3_r0_s0 () Bool)
(declare-fun arrival_bio_spans_blocks_n3_r1_s1 () Bool)
(declare-fun arrival_bio_spans_blocks_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_bio_spans_blocks_n3_r0_s0 failed_0 failed_1))
                 (ite arrival_bio_spans_blocks_n3_r0_s0 failed_1 failed_0)))
      (a!17 (ite arrival_bio_spans_blocks_n3_r1_s1
                 (+ offset 32768)
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))))
      (a!19 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_bio_spans_blocks_n3_r0_s0 failed_0 failed_1))))
      (a!23 (ite arrival_bio_spans_blocks_n3_r1_s1
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 (+ offset 32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!18 (ite arrival_bio_spans_blocks_n3_r2_s0
                 a!17
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))))
      (a!21 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_bio_spans_blocks_n3_r1_s1
                     (ite arrival_bio_spans_blocks_n3_r0_s0 failed_0 failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 16384)
                     (ite failed_2 (+ offset 32768) a!8))))
      (a!11 (ite (<= 16384 (- a!8 (+ offset 32768)))
                 16384
                 (- a!8 (+ offset 32768))))
      (a!12 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_bio_spans_blocks_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 16384) a!13)))
      (a!15 (ite arrival_bio_spans_blocks_n3_r0_s0
                 (+ (+ offset 16384) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_bio_spans_blocks_n3_r2_s0
                 a!15
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!11)
                      a!14)))
      (a!24 (- (ite arrival_bio_spans_blocks_n3_r1_s1
                    a!14
                    (+ (+ offset 32768) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_bio_spans_blocks_n3_r1_s1
                           (ite arrival_bio_spans_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 32768) a!8)
       (<= a!8 (+ (+ offset 32768) 16384))
       (not a!30))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry sector-equals-block, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_sector_equals_block_n3_r0_s0 () Bool)
(declare-fun arrival_sector_equals_block_n3_r1_s1 () Bool)
(declare-fun arrival_sector_equals_block_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_sector_equals_block_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite arrival_sector_equals_block_n3_r0_s0 failed_1 failed_0)))
      (a!17 (ite arrival_sector_equals_block_n3_r1_s1
                 (+ offset 16384)
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 8192))))
      (a!19 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_sector_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_sector_equals_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!23 (ite arrival_sector_equals_block_n3_r1_s1
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 8192))
                 (+ offset 16384))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!18 (ite arrival_sector_equals_block_n3_r2_s0
                 a!17
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 8192)
                      (+ offset 0))))
      (a!21 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 8192)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_sector_equals_block_n3_r1_s1
                     (ite arrival_sector_equals_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 8192)
                     (ite failed_2 (+ offset 16384) a!8))))
      (a!11 (ite (<= 8192 (- a!8 (+ offset 16384)))
                 8192
                 (- a!8 (+ offset 16384))))
      (a!12 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 8192 (- a!8 (+ offset 8192))) 8192 (- a!8 (+ offset 8192))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_sector_equals_block_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 8192) a!13)))
      (a!15 (ite arrival_sector_equals_block_n3_r0_s0
                 (+ (+ offset 8192) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r1_s1
                      (+ (+ offset 16384) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_sector_equals_block_n3_r2_s0
                 a!15
                 (ite arrival_sector_equals_block_n3_r1_s1
                      (+ (+ offset 16384) a!11)
                      a!14)))
      (a!24 (- (ite arrival_sector_equals_block_n3_r1_s1
                    a!14
                    (+ (+ offset 16384) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_sector_equals_block_n3_r1_s1
                           (ite arrival_sector_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 16384) a!8)
       (<= a!8 (+ (+ offset 16384) 8192))
       (not a!30)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry sector-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_sector_equals_block_n3_r0_s0 () Bool)
(declare-fun arrival_sector_equals_block_n3_r1_s1 () Bool)
(declare-fun arrival_sector_equals_block_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_sector_equals_block_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite arrival_sector_equals_block_n3_r0_s0 failed_1 failed_0)))
      (a!17 (ite arrival_sector_equals_block_n3_r1_s1
                 (+ offset 16384)
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 8192))))
      (a!19 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_sector_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_sector_equals_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!23 (ite arrival_sector_equals_block_n3_r1_s1
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 8192))
                 (+ offset 16384))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!18 (ite arrival_sector_equals_block_n3_r2_s0
                 a!17
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 8192)
                      (+ offset 0))))
      (a!21 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 8192)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_sector_equals_block_n3_r1_s1
                     (ite arrival_sector_equals_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 8192)
                     (ite failed_2 (+ offset 16384) a!8))))
      (a!11 (ite (<= 8192 (- a!8 (+ offset 16384)))
                 8192
                 (- a!8 (+ offset 16384))))
      (a!12 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 8192 (- a!8 (+ offset 8192))) 8192 (- a!8 (+ offset 8192))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_sector_equals_block_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 8192) a!13)))
      (a!15 (ite arrival_sector_equals_block_n3_r0_s0
                 (+ (+ offset 8192) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r1_s1
                      (+ (+ offset 16384) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_sector_equals_block_n3_r2_s0
                 a!15
                 (ite arrival_sector_equals_block_n3_r1_s1
                      (+ (+ offset 16384) a!11)
                      a!14)))
      (a!24 (- (ite arrival_sector_equals_block_n3_r1_s1
                    a!14
                    (+ (+ offset 16384) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_sector_equals_block_n3_r1_s1
                           (ite arrival_sector_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 16384) a!8)
       (<= a!8 (+ (+ offset 16384) 8192))
       (not a!30))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry large-sectors-and-blocks, numbers below 64 KiB
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_large_sectors_and_blocks_n3_r0_s0 () Bool)
(declare-fun arrival_large_sectors_and_blocks_n3_r1_s1 () Bool)
(declare-fun arrival_large_sectors_and_blocks_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_large_sectors_and_blocks_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      failed_1
                      failed_0)))
      (a!17 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                 (+ offset 32768)
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))))
      (a!19 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_large_sectors_and_blocks_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!23 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 (+ offset 32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!18 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 a!17
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))))
      (a!21 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_large_sectors_and_blocks_n3_r1_s1
                     (ite arrival_large_sectors_and_blocks_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 16384)
                     (ite failed_2 (+ offset 32768) a!8))))
      (a!11 (ite (<= 16384 (- a!8 (+ offset 32768)))
                 16384
                 (- a!8 (+ offset 32768))))
      (a!12 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 16384) a!13)))
      (a!15 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                 (+ (+ offset 16384) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 a!15
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!11)
                      a!14)))
      (a!24 (- (ite arrival_large_sectors_and_blocks_n3_r1_s1
                    a!14
                    (+ (+ offset 32768) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_large_sectors_and_blocks_n3_r1_s1
                           (ite arrival_large_sectors_and_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 32768) a!8)
       (<= a!8 (+ (+ offset 32768) 16384))
       (not a!30)
       (<= offset 65536)
       (<= length 65536)
       (<= fileSize 65536)
       (<= freeBlocks 128))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry large-sectors-and-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_large_sectors_and_blocks_n3_r0_s0 () Bool)
(declare-fun arrival_large_sectors_and_blocks_n3_r1_s1 () Bool)
(declare-fun arrival_large_sectors_and_blocks_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 65536) 0) 0 65536))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!10 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_large_sectors_and_blocks_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      failed_1
                      failed_0)))
      (a!17 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                 (+ offset 32768)
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))))
      (a!19 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_large_sectors_and_blocks_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!23 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 (+ offset 32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!18 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 a!17
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))))
      (a!21 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!17))
      (a!22 (or (or a!10 a!19)
                (ite arrival_large_sectors_and_blocks_n3_r1_s1
                     (ite arrival_large_sectors_and_blocks_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!9 (ite failed_0
                (+ offset 0)
                (ite failed_1
                     (+ offset 16384)
                     (ite failed_2 (+ offset 32768) a!8))))
      (a!11 (ite (<= 16384 (- a!8 (+ offset 32768)))
                 16384
                 (- a!8 (+ offset 32768))))
      (a!12 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!13 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!26 (< a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!14 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                 (+ (+ offset 0) a!12)
                 (+ (+ offset 16384) a!13)))
      (a!15 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                 (+ (+ offset 16384) a!13)
                 (+ (+ offset 0) a!12)))
      (a!27 (ite (and a!19 a!26) a!21 (ite (and a!10 (< a!18 a!8)) a!18 a!8))))
(let ((a!16 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!11)
                      a!14)
                 a!15))
      (a!20 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 a!15
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!11)
                      a!14)))
      (a!24 (- (ite arrival_large_sectors_and_blocks_n3_r1_s1
                    a!14
                    (+ (+ offset 32768) a!11))
               a!23))
      (a!28 (ite (and (ite arrival_large_sectors_and_blocks_n3_r1_s1
                           (ite arrival_large_sectors_and_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!23 a!27))
                 a!23
                 a!27)))
(let ((a!25 (+ 0
               (ite (not a!10) (- a!16 a!18) 0)
               (ite (not (or a!10 a!19)) (- a!20 a!21) 0)
               (ite (not a!22) a!24 0)))
      (a!29 (ite (< 0 (- a!28 offset))
                 (- a!28 offset)
                 (ite (and a!22 (= a!28 offset)) (- 5) (- 28)))))
(let ((a!30 (or (not (< 0 (- a!9 offset)))
                (= (ite (< 0 a!25) a!25 a!29) (- a!9 offset)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 4096) 0)
       (= (mod length 4096) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 32768) a!8)
       (<= a!8 (+ (+ offset 32768) 16384))
       (not a!30))))))))))))))
(check-sat)
(reset)
