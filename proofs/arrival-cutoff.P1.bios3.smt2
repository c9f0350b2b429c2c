; DioVerify proof obligation (dioverify 0.1.0)
; policy:   arrival-cutoff
; property: P1 prefix-safety: R >= 0 ⇒ R <= P
; bound:    bios<=3
; method:   arrival-abstraction-then-every-order: bounded, every arrival order (odd-even transposition network; the folds stated equal to file order's, by the order lemma's conditions 1-2)
; geometry: bio-equals-block (S=512, B=4096, M=4096), bio-smaller-than-block (S=512, B=4096, M=1024), bio-unaligned-to-block (S=512, B=4096, M=6144), bio-spans-blocks (S=512, B=4096, M=16384), sector-equals-block (S=4096, B=4096, M=8192), large-sectors-and-blocks (S=4096, B=65536, M=16384), small-blocks (S=512, B=1024, M=4096), large-blocks-bio-not-dividing (S=512, B=16384, M=12288), sectors-1k-bio-not-dividing (S=1024, B=4096, M=3072), sectors-2k-bio-unaligned-above-block (S=2048, B=8192, M=20480)
; 40 queries; any sat is a counterexample (the rest need not be solved), all unsat means the property holds.
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
(let ((a!9 (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28))))
(let ((a!10 (not (or (not (<= 0 a!9)) (<= a!9 (- a!8 offset))))))
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
       (= a!8 a!8)
       (= offset offset)
       a!10))))))))))
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
(let ((a!9 (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28))))
(let ((a!10 (not (or (not (<= 0 a!9)) (<= a!9 (- a!8 offset))))))
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
       (= a!8 a!8)
       (= offset offset)
       a!10))))))))))
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
(let ((a!9 (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28))))
(let ((a!10 (not (or (not (<= 0 a!9)) (<= a!9 (- a!8 offset))))))
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
       (= a!8 a!8)
       (= offset offset)
       a!10))))))))))
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
(let ((a!9 (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28))))
(let ((a!10 (not (or (not (<= 0 a!9)) (<= a!9 (- a!8 offset))))))
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
       (= a!8 a!8)
       (= offset offset)
       a!10))))))))))
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
(let ((a!9 (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28))))
(let ((a!10 (not (or (not (<= 0 a!9)) (<= a!9 (- a!8 offset))))))
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
       (= a!8 a!8)
       (= offset offset)
       a!10))))))))))
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
(let ((a!9 (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28))))
(let ((a!10 (not (or (not (<= 0 a!9)) (<= a!9 (- a!8 offset))))))
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
       (= a!8 a!8)
       (= offset offset)
       a!10))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry small-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
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
(let ((a!9 (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28))))
(let ((a!10 (not (or (not (<= 0 a!9)) (<= a!9 (- a!8 offset))))))
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
       (= a!8 a!8)
       (= offset offset)
       a!10))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry large-blocks-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
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
(let ((a!9 (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28))))
(let ((a!10 (not (or (not (<= 0 a!9)) (<= a!9 (- a!8 offset))))))
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
       (= a!8 a!8)
       (= offset offset)
       a!10))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry sectors-1k-bio-not-dividing
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
(let ((a!9 (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28))))
(let ((a!10 (not (or (not (<= 0 a!9)) (<= a!9 (- a!8 offset))))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 1024) 0)
       (= (mod length 1024) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (= a!8 a!8)
       (= offset offset)
       a!10))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry sectors-2k-bio-unaligned-above-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
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
(let ((a!9 (ite (< 0 (- a!8 offset)) (- a!8 offset) (- 28))))
(let ((a!10 (not (or (not (<= 0 a!9)) (<= a!9 (- a!8 offset))))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 2048) 0)
       (= (mod length 2048) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (= a!8 offset)
       (= a!8 a!8)
       (= offset offset)
       a!10))))))))))
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
(let ((a!9 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!10 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0)))))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!12 (and (not failed_0) (< offset (+ (+ offset 0) a!10))))
      (a!14 (ite (< 0 (- a!9 offset))
                 (- a!9 offset)
                 (ite (and failed_0 (= a!9 offset)) (- 5) (- 28)))))
(let ((a!13 (= (ite a!12 (+ (+ offset 0) a!10) offset)
               (ite a!12 (+ (+ offset 0) a!10) offset)))
      (a!15 (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!14)))
(let ((a!16 (<= a!15 (- (ite failed_0 (+ offset 0) a!8) offset))))
(let ((a!17 (not (or (not (<= 0 a!15)) a!16))))
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
       (= failed_0 failed_0)
       (= a!9 a!9)
       (= (+ 0 a!11) (+ 0 a!11))
       a!13
       a!17)))))))))))))
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
(let ((a!9 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!10 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0)))))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!12 (and (not failed_0) (< offset (+ (+ offset 0) a!10))))
      (a!14 (ite (< 0 (- a!9 offset))
                 (- a!9 offset)
                 (ite (and failed_0 (= a!9 offset)) (- 5) (- 28)))))
(let ((a!13 (= (ite a!12 (+ (+ offset 0) a!10) offset)
               (ite a!12 (+ (+ offset 0) a!10) offset)))
      (a!15 (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!14)))
(let ((a!16 (<= a!15 (- (ite failed_0 (+ offset 0) a!8) offset))))
(let ((a!17 (not (or (not (<= 0 a!15)) a!16))))
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
       (= failed_0 failed_0)
       (= a!9 a!9)
       (= (+ 0 a!11) (+ 0 a!11))
       a!13
       a!17)))))))))))))
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
(let ((a!9 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!10 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0)))))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!12 (and (not failed_0) (< offset (+ (+ offset 0) a!10))))
      (a!14 (ite (< 0 (- a!9 offset))
                 (- a!9 offset)
                 (ite (and failed_0 (= a!9 offset)) (- 5) (- 28)))))
(let ((a!13 (= (ite a!12 (+ (+ offset 0) a!10) offset)
               (ite a!12 (+ (+ offset 0) a!10) offset)))
      (a!15 (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!14)))
(let ((a!16 (<= a!15 (- (ite failed_0 (+ offset 0) a!8) offset))))
(let ((a!17 (not (or (not (<= 0 a!15)) a!16))))
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
       (= failed_0 failed_0)
       (= a!9 a!9)
       (= (+ 0 a!11) (+ 0 a!11))
       a!13
       a!17)))))))))))))
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
(let ((a!9 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0)))))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!12 (and (not failed_0) (< offset (+ (+ offset 0) a!10))))
      (a!14 (ite (< 0 (- a!9 offset))
                 (- a!9 offset)
                 (ite (and failed_0 (= a!9 offset)) (- 5) (- 28)))))
(let ((a!13 (= (ite a!12 (+ (+ offset 0) a!10) offset)
               (ite a!12 (+ (+ offset 0) a!10) offset)))
      (a!15 (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!14)))
(let ((a!16 (<= a!15 (- (ite failed_0 (+ offset 0) a!8) offset))))
(let ((a!17 (not (or (not (<= 0 a!15)) a!16))))
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
       (= failed_0 failed_0)
       (= a!9 a!9)
       (= (+ 0 a!11) (+ 0 a!11))
       a!13
       a!17)))))))))))))
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
(let ((a!9 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!10 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0)))))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!12 (and (not failed_0) (< offset (+ (+ offset 0) a!10))))
      (a!14 (ite (< 0 (- a!9 offset))
                 (- a!9 offset)
                 (ite (and failed_0 (= a!9 offset)) (- 5) (- 28)))))
(let ((a!13 (= (ite a!12 (+ (+ offset 0) a!10) offset)
               (ite a!12 (+ (+ offset 0) a!10) offset)))
      (a!15 (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!14)))
(let ((a!16 (<= a!15 (- (ite failed_0 (+ offset 0) a!8) offset))))
(let ((a!17 (not (or (not (<= 0 a!15)) a!16))))
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
       (= failed_0 failed_0)
       (= a!9 a!9)
       (= (+ 0 a!11) (+ 0 a!11))
       a!13
       a!17)))))))))))))
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
(let ((a!9 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0)))))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!12 (and (not failed_0) (< offset (+ (+ offset 0) a!10))))
      (a!14 (ite (< 0 (- a!9 offset))
                 (- a!9 offset)
                 (ite (and failed_0 (= a!9 offset)) (- 5) (- 28)))))
(let ((a!13 (= (ite a!12 (+ (+ offset 0) a!10) offset)
               (ite a!12 (+ (+ offset 0) a!10) offset)))
      (a!15 (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!14)))
(let ((a!16 (<= a!15 (- (ite failed_0 (+ offset 0) a!8) offset))))
(let ((a!17 (not (or (not (<= 0 a!15)) a!16))))
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
       (= failed_0 failed_0)
       (= a!9 a!9)
       (= (+ 0 a!11) (+ 0 a!11))
       a!13
       a!17)))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry small-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!10 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0)))))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!12 (and (not failed_0) (< offset (+ (+ offset 0) a!10))))
      (a!14 (ite (< 0 (- a!9 offset))
                 (- a!9 offset)
                 (ite (and failed_0 (= a!9 offset)) (- 5) (- 28)))))
(let ((a!13 (= (ite a!12 (+ (+ offset 0) a!10) offset)
               (ite a!12 (+ (+ offset 0) a!10) offset)))
      (a!15 (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!14)))
(let ((a!16 (<= a!15 (- (ite failed_0 (+ offset 0) a!8) offset))))
(let ((a!17 (not (or (not (<= 0 a!15)) a!16))))
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
       (= failed_0 failed_0)
       (= a!9 a!9)
       (= (+ 0 a!11) (+ 0 a!11))
       a!13
       a!17)))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry large-blocks-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!10 (ite (<= 12288 (- a!8 (+ offset 0))) 12288 (- a!8 (+ offset 0)))))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!12 (and (not failed_0) (< offset (+ (+ offset 0) a!10))))
      (a!14 (ite (< 0 (- a!9 offset))
                 (- a!9 offset)
                 (ite (and failed_0 (= a!9 offset)) (- 5) (- 28)))))
(let ((a!13 (= (ite a!12 (+ (+ offset 0) a!10) offset)
               (ite a!12 (+ (+ offset 0) a!10) offset)))
      (a!15 (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!14)))
(let ((a!16 (<= a!15 (- (ite failed_0 (+ offset 0) a!8) offset))))
(let ((a!17 (not (or (not (<= 0 a!15)) a!16))))
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
       (<= a!8 (+ (+ offset 0) 12288))
       (= failed_0 failed_0)
       (= a!9 a!9)
       (= (+ 0 a!11) (+ 0 a!11))
       a!13
       a!17)))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry sectors-1k-bio-not-dividing
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
(let ((a!9 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!10 (ite (<= 3072 (- a!8 (+ offset 0))) 3072 (- a!8 (+ offset 0)))))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!12 (and (not failed_0) (< offset (+ (+ offset 0) a!10))))
      (a!14 (ite (< 0 (- a!9 offset))
                 (- a!9 offset)
                 (ite (and failed_0 (= a!9 offset)) (- 5) (- 28)))))
(let ((a!13 (= (ite a!12 (+ (+ offset 0) a!10) offset)
               (ite a!12 (+ (+ offset 0) a!10) offset)))
      (a!15 (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!14)))
(let ((a!16 (<= a!15 (- (ite failed_0 (+ offset 0) a!8) offset))))
(let ((a!17 (not (or (not (<= 0 a!15)) a!16))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 1024) 0)
       (= (mod length 1024) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 3072))
       (= failed_0 failed_0)
       (= a!9 a!9)
       (= (+ 0 a!11) (+ 0 a!11))
       a!13
       a!17)))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry sectors-2k-bio-unaligned-above-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_0 () Bool)
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
(let ((a!9 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!10 (ite (<= 20480 (- a!8 (+ offset 0))) 20480 (- a!8 (+ offset 0)))))
(let ((a!11 (ite (not failed_0) (- (+ (+ offset 0) a!10) (+ offset 0)) 0))
      (a!12 (and (not failed_0) (< offset (+ (+ offset 0) a!10))))
      (a!14 (ite (< 0 (- a!9 offset))
                 (- a!9 offset)
                 (ite (and failed_0 (= a!9 offset)) (- 5) (- 28)))))
(let ((a!13 (= (ite a!12 (+ (+ offset 0) a!10) offset)
               (ite a!12 (+ (+ offset 0) a!10) offset)))
      (a!15 (ite (< 0 (+ 0 a!11)) (+ 0 a!11) a!14)))
(let ((a!16 (<= a!15 (- (ite failed_0 (+ offset 0) a!8) offset))))
(let ((a!17 (not (or (not (<= 0 a!15)) a!16))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 2048) 0)
       (= (mod length 2048) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 0) a!8)
       (<= a!8 (+ (+ offset 0) 20480))
       (= failed_0 failed_0)
       (= a!9 a!9)
       (= (+ 0 a!11) (+ 0 a!11))
       a!13
       a!17)))))))))))))
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
(let ((a!9 (and (ite arrival_bio_equals_block_n2_r0_s0 failed_1 failed_0)
                (< (ite arrival_bio_equals_block_n2_r0_s0
                        (+ offset 4096)
                        (+ offset 0))
                   a!8)))
      (a!13 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!15 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!16 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!32 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 4096) a!8))
               offset)))
(let ((a!10 (ite a!9
                 (ite arrival_bio_equals_block_n2_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!8))
      (a!14 (ite (and failed_1 (< (+ offset 4096) a!13)) (+ offset 4096) a!13))
      (a!17 (ite arrival_bio_equals_block_n2_r0_s0
                 (+ (+ offset 4096) a!15)
                 (+ (+ offset 0) a!16)))
      (a!19 (ite arrival_bio_equals_block_n2_r0_s0
                 (+ (+ offset 0) a!16)
                 (+ (+ offset 4096) a!15)))
      (a!22 (ite (not failed_0) (- (+ (+ offset 0) a!16) (+ offset 0)) 0))
      (a!23 (ite (not failed_1) (- (+ (+ offset 4096) a!15) (+ offset 4096)) 0))
      (a!26 (and (not failed_0) (< offset (+ (+ offset 0) a!16)))))
(let ((a!11 (and (ite arrival_bio_equals_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_equals_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 4096))
                    a!10)))
      (a!18 (ite (not (ite arrival_bio_equals_block_n2_r0_s0 failed_1 failed_0))
                 (- a!17
                    (ite arrival_bio_equals_block_n2_r0_s0
                         (+ offset 4096)
                         (+ offset 0)))
                 0))
      (a!20 (- a!19
               (ite arrival_bio_equals_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 4096))))
      (a!24 (ite (and (not (ite arrival_bio_equals_block_n2_r0_s0
                                failed_1
                                failed_0))
                      (< offset a!17))
                 a!17
                 offset))
      (a!27 (< (ite a!26 (+ (+ offset 0) a!16) offset) (+ (+ offset 4096) a!15))))
(let ((a!12 (ite a!11
                 (ite arrival_bio_equals_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 a!10))
      (a!21 (+ (+ 0 a!18)
               (ite (not (ite arrival_bio_equals_block_n2_r0_s0
                              failed_0
                              failed_1))
                    a!20
                    0)))
      (a!25 (ite (and (not (ite arrival_bio_equals_block_n2_r0_s0
                                failed_0
                                failed_1))
                      (< a!24 a!19))
                 a!19
                 a!24))
      (a!28 (ite (and (not failed_1) a!27)
                 (+ (+ offset 4096) a!15)
                 (ite a!26 (+ (+ offset 0) a!16) offset)))
      (a!29 (ite (not (or (ite arrival_bio_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_equals_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!20
                 0)))
(let ((a!30 (ite (and (or (ite arrival_bio_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_equals_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!12 offset))
                 (- 5)
                 (- 28))))
(let ((a!31 (ite (< 0 (+ (+ 0 a!18) a!29))
                 (+ (+ 0 a!18) a!29)
                 (ite (< 0 (- a!12 offset)) (- a!12 offset) a!30))))
(let ((a!33 (not (or (not (<= 0 a!31)) (<= a!31 a!32)))))
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
       (= (or (ite arrival_bio_equals_block_n2_r0_s0 failed_1 failed_0)
              (ite arrival_bio_equals_block_n2_r0_s0 failed_0 failed_1))
          (or failed_0 failed_1))
       (= a!12 a!14)
       (= a!21 (+ 0 a!22 a!23))
       (= a!25 a!28)
       a!33)))))))))))))))
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
(let ((a!9 (and (ite arrival_bio_smaller_than_block_n2_r0_s0 failed_1 failed_0)
                (< (ite arrival_bio_smaller_than_block_n2_r0_s0
                        (+ offset 1024)
                        (+ offset 0))
                   a!8)))
      (a!13 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!15 (ite (<= 1024 (- a!8 (+ offset 1024))) 1024 (- a!8 (+ offset 1024))))
      (a!16 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0))))
      (a!32 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 1024) a!8))
               offset)))
(let ((a!10 (ite a!9
                 (ite arrival_bio_smaller_than_block_n2_r0_s0
                      (+ offset 1024)
                      (+ offset 0))
                 a!8))
      (a!14 (ite (and failed_1 (< (+ offset 1024) a!13)) (+ offset 1024) a!13))
      (a!17 (ite arrival_bio_smaller_than_block_n2_r0_s0
                 (+ (+ offset 1024) a!15)
                 (+ (+ offset 0) a!16)))
      (a!19 (ite arrival_bio_smaller_than_block_n2_r0_s0
                 (+ (+ offset 0) a!16)
                 (+ (+ offset 1024) a!15)))
      (a!22 (ite (not failed_0) (- (+ (+ offset 0) a!16) (+ offset 0)) 0))
      (a!23 (ite (not failed_1) (- (+ (+ offset 1024) a!15) (+ offset 1024)) 0))
      (a!26 (and (not failed_0) (< offset (+ (+ offset 0) a!16)))))
(let ((a!11 (and (ite arrival_bio_smaller_than_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_smaller_than_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 1024))
                    a!10)))
      (a!18 (ite (not (ite arrival_bio_smaller_than_block_n2_r0_s0
                           failed_1
                           failed_0))
                 (- a!17
                    (ite arrival_bio_smaller_than_block_n2_r0_s0
                         (+ offset 1024)
                         (+ offset 0)))
                 0))
      (a!20 (- a!19
               (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 1024))))
      (a!24 (ite (and (not (ite arrival_bio_smaller_than_block_n2_r0_s0
                                failed_1
                                failed_0))
                      (< offset a!17))
                 a!17
                 offset))
      (a!27 (< (ite a!26 (+ (+ offset 0) a!16) offset) (+ (+ offset 1024) a!15))))
(let ((a!12 (ite a!11
                 (ite arrival_bio_smaller_than_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 1024))
                 a!10))
      (a!21 (+ (+ 0 a!18)
               (ite (not (ite arrival_bio_smaller_than_block_n2_r0_s0
                              failed_0
                              failed_1))
                    a!20
                    0)))
      (a!25 (ite (and (not (ite arrival_bio_smaller_than_block_n2_r0_s0
                                failed_0
                                failed_1))
                      (< a!24 a!19))
                 a!19
                 a!24))
      (a!28 (ite (and (not failed_1) a!27)
                 (+ (+ offset 1024) a!15)
                 (ite a!26 (+ (+ offset 0) a!16) offset)))
      (a!29 (ite (not (or (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!20
                 0)))
(let ((a!30 (ite (and (or (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!12 offset))
                 (- 5)
                 (- 28))))
(let ((a!31 (ite (< 0 (+ (+ 0 a!18) a!29))
                 (+ (+ 0 a!18) a!29)
                 (ite (< 0 (- a!12 offset)) (- a!12 offset) a!30))))
(let ((a!33 (not (or (not (<= 0 a!31)) (<= a!31 a!32)))))
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
       (= (or (ite arrival_bio_smaller_than_block_n2_r0_s0 failed_1 failed_0)
              (ite arrival_bio_smaller_than_block_n2_r0_s0 failed_0 failed_1))
          (or failed_0 failed_1))
       (= a!12 a!14)
       (= a!21 (+ 0 a!22 a!23))
       (= a!25 a!28)
       a!33)))))))))))))))
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
(let ((a!9 (and (ite arrival_bio_unaligned_to_block_n2_r0_s0 failed_1 failed_0)
                (< (ite arrival_bio_unaligned_to_block_n2_r0_s0
                        (+ offset 6144)
                        (+ offset 0))
                   a!8)))
      (a!13 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!15 (ite (<= 6144 (- a!8 (+ offset 6144))) 6144 (- a!8 (+ offset 6144))))
      (a!16 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0))))
      (a!32 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 6144) a!8))
               offset)))
(let ((a!10 (ite a!9
                 (ite arrival_bio_unaligned_to_block_n2_r0_s0
                      (+ offset 6144)
                      (+ offset 0))
                 a!8))
      (a!14 (ite (and failed_1 (< (+ offset 6144) a!13)) (+ offset 6144) a!13))
      (a!17 (ite arrival_bio_unaligned_to_block_n2_r0_s0
                 (+ (+ offset 6144) a!15)
                 (+ (+ offset 0) a!16)))
      (a!19 (ite arrival_bio_unaligned_to_block_n2_r0_s0
                 (+ (+ offset 0) a!16)
                 (+ (+ offset 6144) a!15)))
      (a!22 (ite (not failed_0) (- (+ (+ offset 0) a!16) (+ offset 0)) 0))
      (a!23 (ite (not failed_1) (- (+ (+ offset 6144) a!15) (+ offset 6144)) 0))
      (a!26 (and (not failed_0) (< offset (+ (+ offset 0) a!16)))))
(let ((a!11 (and (ite arrival_bio_unaligned_to_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_unaligned_to_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 6144))
                    a!10)))
      (a!18 (ite (not (ite arrival_bio_unaligned_to_block_n2_r0_s0
                           failed_1
                           failed_0))
                 (- a!17
                    (ite arrival_bio_unaligned_to_block_n2_r0_s0
                         (+ offset 6144)
                         (+ offset 0)))
                 0))
      (a!20 (- a!19
               (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 6144))))
      (a!24 (ite (and (not (ite arrival_bio_unaligned_to_block_n2_r0_s0
                                failed_1
                                failed_0))
                      (< offset a!17))
                 a!17
                 offset))
      (a!27 (< (ite a!26 (+ (+ offset 0) a!16) offset) (+ (+ offset 6144) a!15))))
(let ((a!12 (ite a!11
                 (ite arrival_bio_unaligned_to_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 6144))
                 a!10))
      (a!21 (+ (+ 0 a!18)
               (ite (not (ite arrival_bio_unaligned_to_block_n2_r0_s0
                              failed_0
                              failed_1))
                    a!20
                    0)))
      (a!25 (ite (and (not (ite arrival_bio_unaligned_to_block_n2_r0_s0
                                failed_0
                                failed_1))
                      (< a!24 a!19))
                 a!19
                 a!24))
      (a!28 (ite (and (not failed_1) a!27)
                 (+ (+ offset 6144) a!15)
                 (ite a!26 (+ (+ offset 0) a!16) offset)))
      (a!29 (ite (not (or (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!20
                 0)))
(let ((a!30 (ite (and (or (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!12 offset))
                 (- 5)
                 (- 28))))
(let ((a!31 (ite (< 0 (+ (+ 0 a!18) a!29))
                 (+ (+ 0 a!18) a!29)
                 (ite (< 0 (- a!12 offset)) (- a!12 offset) a!30))))
(let ((a!33 (not (or (not (<= 0 a!31)) (<= a!31 a!32)))))
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
       (= (or (ite arrival_bio_unaligned_to_block_n2_r0_s0 failed_1 failed_0)
              (ite arrival_bio_unaligned_to_block_n2_r0_s0 failed_0 failed_1))
          (or failed_0 failed_1))
       (= a!12 a!14)
       (= a!21 (+ 0 a!22 a!23))
       (= a!25 a!28)
       a!33)))))))))))))))
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
(let ((a!9 (and (ite arrival_bio_spans_blocks_n2_r0_s0 failed_1 failed_0)
                (< (ite arrival_bio_spans_blocks_n2_r0_s0
                        (+ offset 16384)
                        (+ offset 0))
                   a!8)))
      (a!13 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!15 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!16 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!32 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 16384) a!8))
               offset)))
(let ((a!10 (ite a!9
                 (ite arrival_bio_spans_blocks_n2_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!8))
      (a!14 (ite (and failed_1 (< (+ offset 16384) a!13)) (+ offset 16384) a!13))
      (a!17 (ite arrival_bio_spans_blocks_n2_r0_s0
                 (+ (+ offset 16384) a!15)
                 (+ (+ offset 0) a!16)))
      (a!19 (ite arrival_bio_spans_blocks_n2_r0_s0
                 (+ (+ offset 0) a!16)
                 (+ (+ offset 16384) a!15)))
      (a!22 (ite (not failed_0) (- (+ (+ offset 0) a!16) (+ offset 0)) 0))
      (a!23 (ite (not failed_1)
                 (- (+ (+ offset 16384) a!15) (+ offset 16384))
                 0))
      (a!26 (and (not failed_0) (< offset (+ (+ offset 0) a!16)))))
(let ((a!11 (and (ite arrival_bio_spans_blocks_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_spans_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 16384))
                    a!10)))
      (a!18 (ite (not (ite arrival_bio_spans_blocks_n2_r0_s0 failed_1 failed_0))
                 (- a!17
                    (ite arrival_bio_spans_blocks_n2_r0_s0
                         (+ offset 16384)
                         (+ offset 0)))
                 0))
      (a!20 (- a!19
               (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ offset 0)
                    (+ offset 16384))))
      (a!24 (ite (and (not (ite arrival_bio_spans_blocks_n2_r0_s0
                                failed_1
                                failed_0))
                      (< offset a!17))
                 a!17
                 offset))
      (a!27 (< (ite a!26 (+ (+ offset 0) a!16) offset)
               (+ (+ offset 16384) a!15))))
(let ((a!12 (ite a!11
                 (ite arrival_bio_spans_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 a!10))
      (a!21 (+ (+ 0 a!18)
               (ite (not (ite arrival_bio_spans_blocks_n2_r0_s0
                              failed_0
                              failed_1))
                    a!20
                    0)))
      (a!25 (ite (and (not (ite arrival_bio_spans_blocks_n2_r0_s0
                                failed_0
                                failed_1))
                      (< a!24 a!19))
                 a!19
                 a!24))
      (a!28 (ite (and (not failed_1) a!27)
                 (+ (+ offset 16384) a!15)
                 (ite a!26 (+ (+ offset 0) a!16) offset)))
      (a!29 (ite (not (or (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!20
                 0)))
(let ((a!30 (ite (and (or (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!12 offset))
                 (- 5)
                 (- 28))))
(let ((a!31 (ite (< 0 (+ (+ 0 a!18) a!29))
                 (+ (+ 0 a!18) a!29)
                 (ite (< 0 (- a!12 offset)) (- a!12 offset) a!30))))
(let ((a!33 (not (or (not (<= 0 a!31)) (<= a!31 a!32)))))
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
       (= (or (ite arrival_bio_spans_blocks_n2_r0_s0 failed_1 failed_0)
              (ite arrival_bio_spans_blocks_n2_r0_s0 failed_0 failed_1))
          (or failed_0 failed_1))
       (= a!12 a!14)
       (= a!21 (+ 0 a!22 a!23))
       (= a!25 a!28)
       a!33)))))))))))))))
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
(let ((a!9 (and (ite arrival_sector_equals_block_n2_r0_s0 failed_1 failed_0)
                (< (ite arrival_sector_equals_block_n2_r0_s0
                        (+ offset 8192)
                        (+ offset 0))
                   a!8)))
      (a!13 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!15 (ite (<= 8192 (- a!8 (+ offset 8192))) 8192 (- a!8 (+ offset 8192))))
      (a!16 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0))))
      (a!32 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 8192) a!8))
               offset)))
(let ((a!10 (ite a!9
                 (ite arrival_sector_equals_block_n2_r0_s0
                      (+ offset 8192)
                      (+ offset 0))
                 a!8))
      (a!14 (ite (and failed_1 (< (+ offset 8192) a!13)) (+ offset 8192) a!13))
      (a!17 (ite arrival_sector_equals_block_n2_r0_s0
                 (+ (+ offset 8192) a!15)
                 (+ (+ offset 0) a!16)))
      (a!19 (ite arrival_sector_equals_block_n2_r0_s0
                 (+ (+ offset 0) a!16)
                 (+ (+ offset 8192) a!15)))
      (a!22 (ite (not failed_0) (- (+ (+ offset 0) a!16) (+ offset 0)) 0))
      (a!23 (ite (not failed_1) (- (+ (+ offset 8192) a!15) (+ offset 8192)) 0))
      (a!26 (and (not failed_0) (< offset (+ (+ offset 0) a!16)))))
(let ((a!11 (and (ite arrival_sector_equals_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_sector_equals_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 8192))
                    a!10)))
      (a!18 (ite (not (ite arrival_sector_equals_block_n2_r0_s0
                           failed_1
                           failed_0))
                 (- a!17
                    (ite arrival_sector_equals_block_n2_r0_s0
                         (+ offset 8192)
                         (+ offset 0)))
                 0))
      (a!20 (- a!19
               (ite arrival_sector_equals_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 8192))))
      (a!24 (ite (and (not (ite arrival_sector_equals_block_n2_r0_s0
                                failed_1
                                failed_0))
                      (< offset a!17))
                 a!17
                 offset))
      (a!27 (< (ite a!26 (+ (+ offset 0) a!16) offset) (+ (+ offset 8192) a!15))))
(let ((a!12 (ite a!11
                 (ite arrival_sector_equals_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 8192))
                 a!10))
      (a!21 (+ (+ 0 a!18)
               (ite (not (ite arrival_sector_equals_block_n2_r0_s0
                              failed_0
                              failed_1))
                    a!20
                    0)))
      (a!25 (ite (and (not (ite arrival_sector_equals_block_n2_r0_s0
                                failed_0
                                failed_1))
                      (< a!24 a!19))
                 a!19
                 a!24))
      (a!28 (ite (and (not failed_1) a!27)
                 (+ (+ offset 8192) a!15)
                 (ite a!26 (+ (+ offset 0) a!16) offset)))
      (a!29 (ite (not (or (ite arrival_sector_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sector_equals_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!20
                 0)))
(let ((a!30 (ite (and (or (ite arrival_sector_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sector_equals_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!12 offset))
                 (- 5)
                 (- 28))))
(let ((a!31 (ite (< 0 (+ (+ 0 a!18) a!29))
                 (+ (+ 0 a!18) a!29)
                 (ite (< 0 (- a!12 offset)) (- a!12 offset) a!30))))
(let ((a!33 (not (or (not (<= 0 a!31)) (<= a!31 a!32)))))
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
       (= (or (ite arrival_sector_equals_block_n2_r0_s0 failed_1 failed_0)
              (ite arrival_sector_equals_block_n2_r0_s0 failed_0 failed_1))
          (or failed_0 failed_1))
       (= a!12 a!14)
       (= a!21 (+ 0 a!22 a!23))
       (= a!25 a!28)
       a!33)))))))))))))))
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
(let ((a!9 (and (ite arrival_large_sectors_and_blocks_n2_r0_s0
                     failed_1
                     failed_0)
                (< (ite arrival_large_sectors_and_blocks_n2_r0_s0
                        (+ offset 16384)
                        (+ offset 0))
                   a!8)))
      (a!13 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!15 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!16 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!32 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 16384) a!8))
               offset)))
(let ((a!10 (ite a!9
                 (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!8))
      (a!14 (ite (and failed_1 (< (+ offset 16384) a!13)) (+ offset 16384) a!13))
      (a!17 (ite arrival_large_sectors_and_blocks_n2_r0_s0
                 (+ (+ offset 16384) a!15)
                 (+ (+ offset 0) a!16)))
      (a!19 (ite arrival_large_sectors_and_blocks_n2_r0_s0
                 (+ (+ offset 0) a!16)
                 (+ (+ offset 16384) a!15)))
      (a!22 (ite (not failed_0) (- (+ (+ offset 0) a!16) (+ offset 0)) 0))
      (a!23 (ite (not failed_1)
                 (- (+ (+ offset 16384) a!15) (+ offset 16384))
                 0))
      (a!26 (and (not failed_0) (< offset (+ (+ offset 0) a!16)))))
(let ((a!11 (and (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite arrival_large_sectors_and_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 16384))
                    a!10)))
      (a!18 (ite (not (ite arrival_large_sectors_and_blocks_n2_r0_s0
                           failed_1
                           failed_0))
                 (- a!17
                    (ite arrival_large_sectors_and_blocks_n2_r0_s0
                         (+ offset 16384)
                         (+ offset 0)))
                 0))
      (a!20 (- a!19
               (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ offset 0)
                    (+ offset 16384))))
      (a!24 (ite (and (not (ite arrival_large_sectors_and_blocks_n2_r0_s0
                                failed_1
                                failed_0))
                      (< offset a!17))
                 a!17
                 offset))
      (a!27 (< (ite a!26 (+ (+ offset 0) a!16) offset)
               (+ (+ offset 16384) a!15))))
(let ((a!12 (ite a!11
                 (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 a!10))
      (a!21 (+ (+ 0 a!18)
               (ite (not (ite arrival_large_sectors_and_blocks_n2_r0_s0
                              failed_0
                              failed_1))
                    a!20
                    0)))
      (a!25 (ite (and (not (ite arrival_large_sectors_and_blocks_n2_r0_s0
                                failed_0
                                failed_1))
                      (< a!24 a!19))
                 a!19
                 a!24))
      (a!28 (ite (and (not failed_1) a!27)
                 (+ (+ offset 16384) a!15)
                 (ite a!26 (+ (+ offset 0) a!16) offset)))
      (a!29 (ite (not (or (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!20
                 0)))
(let ((a!30 (ite (and (or (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!12 offset))
                 (- 5)
                 (- 28))))
(let ((a!31 (ite (< 0 (+ (+ 0 a!18) a!29))
                 (+ (+ 0 a!18) a!29)
                 (ite (< 0 (- a!12 offset)) (- a!12 offset) a!30))))
(let ((a!33 (not (or (not (<= 0 a!31)) (<= a!31 a!32)))))
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
       (= (or (ite arrival_large_sectors_and_blocks_n2_r0_s0 failed_1 failed_0)
              (ite arrival_large_sectors_and_blocks_n2_r0_s0 failed_0 failed_1))
          (or failed_0 failed_1))
       (= a!12 a!14)
       (= a!21 (+ 0 a!22 a!23))
       (= a!25 a!28)
       a!33)))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry small-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_small_blocks_n2_r0_s0 () Bool)
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
(let ((a!9 (and (ite arrival_small_blocks_n2_r0_s0 failed_1 failed_0)
                (< (ite arrival_small_blocks_n2_r0_s0
                        (+ offset 4096)
                        (+ offset 0))
                   a!8)))
      (a!13 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!15 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!16 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!32 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 4096) a!8))
               offset)))
(let ((a!10 (ite a!9
                 (ite arrival_small_blocks_n2_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!8))
      (a!14 (ite (and failed_1 (< (+ offset 4096) a!13)) (+ offset 4096) a!13))
      (a!17 (ite arrival_small_blocks_n2_r0_s0
                 (+ (+ offset 4096) a!15)
                 (+ (+ offset 0) a!16)))
      (a!19 (ite arrival_small_blocks_n2_r0_s0
                 (+ (+ offset 0) a!16)
                 (+ (+ offset 4096) a!15)))
      (a!22 (ite (not failed_0) (- (+ (+ offset 0) a!16) (+ offset 0)) 0))
      (a!23 (ite (not failed_1) (- (+ (+ offset 4096) a!15) (+ offset 4096)) 0))
      (a!26 (and (not failed_0) (< offset (+ (+ offset 0) a!16)))))
(let ((a!11 (and (ite arrival_small_blocks_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_small_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 4096))
                    a!10)))
      (a!18 (ite (not (ite arrival_small_blocks_n2_r0_s0 failed_1 failed_0))
                 (- a!17
                    (ite arrival_small_blocks_n2_r0_s0
                         (+ offset 4096)
                         (+ offset 0)))
                 0))
      (a!20 (- a!19
               (ite arrival_small_blocks_n2_r0_s0 (+ offset 0) (+ offset 4096))))
      (a!24 (ite (and (not (ite arrival_small_blocks_n2_r0_s0 failed_1 failed_0))
                      (< offset a!17))
                 a!17
                 offset))
      (a!27 (< (ite a!26 (+ (+ offset 0) a!16) offset) (+ (+ offset 4096) a!15))))
(let ((a!12 (ite a!11
                 (ite arrival_small_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 a!10))
      (a!21 (+ (+ 0 a!18)
               (ite (not (ite arrival_small_blocks_n2_r0_s0 failed_0 failed_1))
                    a!20
                    0)))
      (a!25 (ite (and (not (ite arrival_small_blocks_n2_r0_s0 failed_0 failed_1))
                      (< a!24 a!19))
                 a!19
                 a!24))
      (a!28 (ite (and (not failed_1) a!27)
                 (+ (+ offset 4096) a!15)
                 (ite a!26 (+ (+ offset 0) a!16) offset)))
      (a!29 (ite (not (or (ite arrival_small_blocks_n2_r0_s0 failed_1 failed_0)
                          (ite arrival_small_blocks_n2_r0_s0 failed_0 failed_1)))
                 a!20
                 0)))
(let ((a!30 (ite (and (or (ite arrival_small_blocks_n2_r0_s0 failed_1 failed_0)
                          (ite arrival_small_blocks_n2_r0_s0 failed_0 failed_1))
                      (= a!12 offset))
                 (- 5)
                 (- 28))))
(let ((a!31 (ite (< 0 (+ (+ 0 a!18) a!29))
                 (+ (+ 0 a!18) a!29)
                 (ite (< 0 (- a!12 offset)) (- a!12 offset) a!30))))
(let ((a!33 (not (or (not (<= 0 a!31)) (<= a!31 a!32)))))
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
       (= (or (ite arrival_small_blocks_n2_r0_s0 failed_1 failed_0)
              (ite arrival_small_blocks_n2_r0_s0 failed_0 failed_1))
          (or failed_0 failed_1))
       (= a!12 a!14)
       (= a!21 (+ 0 a!22 a!23))
       (= a!25 a!28)
       a!33)))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry large-blocks-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_large_blocks_bio_not_dividing_n2_r0_s0 () Bool)
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
(let ((a!9 (and (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                     failed_1
                     failed_0)
                (< (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                        (+ offset 12288)
                        (+ offset 0))
                   a!8)))
      (a!13 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!15 (ite (<= 12288 (- a!8 (+ offset 12288)))
                 12288
                 (- a!8 (+ offset 12288))))
      (a!16 (ite (<= 12288 (- a!8 (+ offset 0))) 12288 (- a!8 (+ offset 0))))
      (a!32 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 12288) a!8))
               offset)))
(let ((a!10 (ite a!9
                 (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                      (+ offset 12288)
                      (+ offset 0))
                 a!8))
      (a!14 (ite (and failed_1 (< (+ offset 12288) a!13)) (+ offset 12288) a!13))
      (a!17 (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                 (+ (+ offset 12288) a!15)
                 (+ (+ offset 0) a!16)))
      (a!19 (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                 (+ (+ offset 0) a!16)
                 (+ (+ offset 12288) a!15)))
      (a!22 (ite (not failed_0) (- (+ (+ offset 0) a!16) (+ offset 0)) 0))
      (a!23 (ite (not failed_1)
                 (- (+ (+ offset 12288) a!15) (+ offset 12288))
                 0))
      (a!26 (and (not failed_0) (< offset (+ (+ offset 0) a!16)))))
(let ((a!11 (and (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                         (+ offset 0)
                         (+ offset 12288))
                    a!10)))
      (a!18 (ite (not (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                           failed_1
                           failed_0))
                 (- a!17
                    (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                         (+ offset 12288)
                         (+ offset 0)))
                 0))
      (a!20 (- a!19
               (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                    (+ offset 0)
                    (+ offset 12288))))
      (a!24 (ite (and (not (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                                failed_1
                                failed_0))
                      (< offset a!17))
                 a!17
                 offset))
      (a!27 (< (ite a!26 (+ (+ offset 0) a!16) offset)
               (+ (+ offset 12288) a!15))))
(let ((a!12 (ite a!11
                 (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                      (+ offset 0)
                      (+ offset 12288))
                 a!10))
      (a!21 (+ (+ 0 a!18)
               (ite (not (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                              failed_0
                              failed_1))
                    a!20
                    0)))
      (a!25 (ite (and (not (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                                failed_0
                                failed_1))
                      (< a!24 a!19))
                 a!19
                 a!24))
      (a!28 (ite (and (not failed_1) a!27)
                 (+ (+ offset 12288) a!15)
                 (ite a!26 (+ (+ offset 0) a!16) offset)))
      (a!29 (ite (not (or (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!20
                 0)))
(let ((a!30 (ite (and (or (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!12 offset))
                 (- 5)
                 (- 28))))
(let ((a!31 (ite (< 0 (+ (+ 0 a!18) a!29))
                 (+ (+ 0 a!18) a!29)
                 (ite (< 0 (- a!12 offset)) (- a!12 offset) a!30))))
(let ((a!33 (not (or (not (<= 0 a!31)) (<= a!31 a!32)))))
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
       (<= a!8 (+ (+ offset 12288) 12288))
       (= (or (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                   failed_1
                   failed_0)
              (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                   failed_0
                   failed_1))
          (or failed_0 failed_1))
       (= a!12 a!14)
       (= a!21 (+ 0 a!22 a!23))
       (= a!25 a!28)
       a!33)))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry sectors-1k-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_sectors_1k_bio_not_dividing_n2_r0_s0 () Bool)
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
(let ((a!9 (and (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                     failed_1
                     failed_0)
                (< (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                        (+ offset 3072)
                        (+ offset 0))
                   a!8)))
      (a!13 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!15 (ite (<= 3072 (- a!8 (+ offset 3072))) 3072 (- a!8 (+ offset 3072))))
      (a!16 (ite (<= 3072 (- a!8 (+ offset 0))) 3072 (- a!8 (+ offset 0))))
      (a!32 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 3072) a!8))
               offset)))
(let ((a!10 (ite a!9
                 (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                      (+ offset 3072)
                      (+ offset 0))
                 a!8))
      (a!14 (ite (and failed_1 (< (+ offset 3072) a!13)) (+ offset 3072) a!13))
      (a!17 (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                 (+ (+ offset 3072) a!15)
                 (+ (+ offset 0) a!16)))
      (a!19 (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                 (+ (+ offset 0) a!16)
                 (+ (+ offset 3072) a!15)))
      (a!22 (ite (not failed_0) (- (+ (+ offset 0) a!16) (+ offset 0)) 0))
      (a!23 (ite (not failed_1) (- (+ (+ offset 3072) a!15) (+ offset 3072)) 0))
      (a!26 (and (not failed_0) (< offset (+ (+ offset 0) a!16)))))
(let ((a!11 (and (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                         (+ offset 0)
                         (+ offset 3072))
                    a!10)))
      (a!18 (ite (not (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                           failed_1
                           failed_0))
                 (- a!17
                    (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                         (+ offset 3072)
                         (+ offset 0)))
                 0))
      (a!20 (- a!19
               (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                    (+ offset 0)
                    (+ offset 3072))))
      (a!24 (ite (and (not (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                                failed_1
                                failed_0))
                      (< offset a!17))
                 a!17
                 offset))
      (a!27 (< (ite a!26 (+ (+ offset 0) a!16) offset) (+ (+ offset 3072) a!15))))
(let ((a!12 (ite a!11
                 (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                      (+ offset 0)
                      (+ offset 3072))
                 a!10))
      (a!21 (+ (+ 0 a!18)
               (ite (not (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                              failed_0
                              failed_1))
                    a!20
                    0)))
      (a!25 (ite (and (not (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                                failed_0
                                failed_1))
                      (< a!24 a!19))
                 a!19
                 a!24))
      (a!28 (ite (and (not failed_1) a!27)
                 (+ (+ offset 3072) a!15)
                 (ite a!26 (+ (+ offset 0) a!16) offset)))
      (a!29 (ite (not (or (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!20
                 0)))
(let ((a!30 (ite (and (or (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!12 offset))
                 (- 5)
                 (- 28))))
(let ((a!31 (ite (< 0 (+ (+ 0 a!18) a!29))
                 (+ (+ 0 a!18) a!29)
                 (ite (< 0 (- a!12 offset)) (- a!12 offset) a!30))))
(let ((a!33 (not (or (not (<= 0 a!31)) (<= a!31 a!32)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 1024) 0)
       (= (mod length 1024) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 3072) a!8)
       (<= a!8 (+ (+ offset 3072) 3072))
       (= (or (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                   failed_1
                   failed_0)
              (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                   failed_0
                   failed_1))
          (or failed_0 failed_1))
       (= a!12 a!14)
       (= a!21 (+ 0 a!22 a!23))
       (= a!25 a!28)
       a!33)))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry sectors-2k-bio-unaligned-above-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0 () Bool)
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
(let ((a!9 (and (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                     failed_1
                     failed_0)
                (< (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                        (+ offset 20480)
                        (+ offset 0))
                   a!8)))
      (a!13 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!15 (ite (<= 20480 (- a!8 (+ offset 20480)))
                 20480
                 (- a!8 (+ offset 20480))))
      (a!16 (ite (<= 20480 (- a!8 (+ offset 0))) 20480 (- a!8 (+ offset 0))))
      (a!32 (- (ite failed_0 (+ offset 0) (ite failed_1 (+ offset 20480) a!8))
               offset)))
(let ((a!10 (ite a!9
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                      (+ offset 20480)
                      (+ offset 0))
                 a!8))
      (a!14 (ite (and failed_1 (< (+ offset 20480) a!13)) (+ offset 20480) a!13))
      (a!17 (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                 (+ (+ offset 20480) a!15)
                 (+ (+ offset 0) a!16)))
      (a!19 (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                 (+ (+ offset 0) a!16)
                 (+ (+ offset 20480) a!15)))
      (a!22 (ite (not failed_0) (- (+ (+ offset 0) a!16) (+ offset 0)) 0))
      (a!23 (ite (not failed_1)
                 (- (+ (+ offset 20480) a!15) (+ offset 20480))
                 0))
      (a!26 (and (not failed_0) (< offset (+ (+ offset 0) a!16)))))
(let ((a!11 (and (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 20480))
                    a!10)))
      (a!18 (ite (not (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                           failed_1
                           failed_0))
                 (- a!17
                    (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                         (+ offset 20480)
                         (+ offset 0)))
                 0))
      (a!20 (- a!19
               (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 20480))))
      (a!24 (ite (and (not (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                                failed_1
                                failed_0))
                      (< offset a!17))
                 a!17
                 offset))
      (a!27 (< (ite a!26 (+ (+ offset 0) a!16) offset)
               (+ (+ offset 20480) a!15))))
(let ((a!12 (ite a!11
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 20480))
                 a!10))
      (a!21 (+ (+ 0 a!18)
               (ite (not (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                              failed_0
                              failed_1))
                    a!20
                    0)))
      (a!25 (ite (and (not (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                                failed_0
                                failed_1))
                      (< a!24 a!19))
                 a!19
                 a!24))
      (a!28 (ite (and (not failed_1) a!27)
                 (+ (+ offset 20480) a!15)
                 (ite a!26 (+ (+ offset 0) a!16) offset)))
      (a!29 (ite (not (or (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!20
                 0)))
(let ((a!30 (ite (and (or (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!12 offset))
                 (- 5)
                 (- 28))))
(let ((a!31 (ite (< 0 (+ (+ 0 a!18) a!29))
                 (+ (+ 0 a!18) a!29)
                 (ite (< 0 (- a!12 offset)) (- a!12 offset) a!30))))
(let ((a!33 (not (or (not (<= 0 a!31)) (<= a!31 a!32)))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 2048) 0)
       (= (mod length 2048) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 20480) a!8)
       (<= a!8 (+ (+ offset 20480) 20480))
       (= (or (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                   failed_1
                   failed_0)
              (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                   failed_0
                   failed_1))
          (or failed_0 failed_1))
       (= a!12 a!14)
       (= a!21 (+ 0 a!22 a!23))
       (= a!25 a!28)
       a!33)))))))))))))))
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
      (a!9 (ite arrival_bio_equals_block_n3_r2_s0
                (ite arrival_bio_equals_block_n3_r1_s1
                     failed_2
                     (ite arrival_bio_equals_block_n3_r0_s0 failed_0 failed_1))
                (ite arrival_bio_equals_block_n3_r0_s0 failed_1 failed_0)))
      (a!10 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_equals_block_n3_r0_s0 failed_0 failed_1))))
      (a!12 (ite arrival_bio_equals_block_n3_r1_s1
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 (+ offset 8192)))
      (a!13 (ite arrival_bio_equals_block_n3_r1_s1
                 (+ offset 8192)
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096)))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!11 (or (or a!9 a!10)
                (ite arrival_bio_equals_block_n3_r1_s1
                     (ite arrival_bio_equals_block_n3_r0_s0 failed_0 failed_1)
                     failed_2)))
      (a!14 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!13))
      (a!15 (ite arrival_bio_equals_block_n3_r2_s0
                 a!13
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0)))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!16 (< a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!19 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!22 (ite (<= 4096 (- a!8 (+ offset 8192))) 4096 (- a!8 (+ offset 8192))))
      (a!23 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!24 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!48 (ite failed_0
                 (+ offset 0)
                 (ite failed_1
                      (+ offset 4096)
                      (ite failed_2 (+ offset 8192) a!8)))))
(let ((a!17 (ite (and a!10 a!16) a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!20 (ite (and failed_1 (< (+ offset 4096) a!19)) (+ offset 4096) a!19))
      (a!25 (ite arrival_bio_equals_block_n3_r0_s0
                 (+ (+ offset 0) a!23)
                 (+ (+ offset 4096) a!24)))
      (a!26 (ite arrival_bio_equals_block_n3_r0_s0
                 (+ (+ offset 4096) a!24)
                 (+ (+ offset 0) a!23)))
      (a!32 (ite (not failed_0) (- (+ (+ offset 0) a!23) (+ offset 0)) 0))
      (a!33 (ite (not failed_1) (- (+ (+ offset 4096) a!24) (+ offset 4096)) 0))
      (a!34 (ite (not failed_2) (- (+ (+ offset 8192) a!22) (+ offset 8192)) 0))
      (a!40 (and (not failed_0) (< offset (+ (+ offset 0) a!23)))))
(let ((a!18 (ite (and (ite arrival_bio_equals_block_n3_r1_s1
                           (ite arrival_bio_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!12 a!17))
                 a!12
                 a!17))
      (a!21 (ite (and failed_2 (< (+ offset 8192) a!20)) (+ offset 8192) a!20))
      (a!27 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r1_s1
                      (+ (+ offset 8192) a!22)
                      a!25)
                 a!26))
      (a!28 (ite arrival_bio_equals_block_n3_r2_s0
                 a!26
                 (ite arrival_bio_equals_block_n3_r1_s1
                      (+ (+ offset 8192) a!22)
                      a!25)))
      (a!29 (- (ite arrival_bio_equals_block_n3_r1_s1
                    a!25
                    (+ (+ offset 8192) a!22))
               a!12))
      (a!41 (< (ite a!40 (+ (+ offset 0) a!23) offset) (+ (+ offset 4096) a!24))))
(let ((a!30 (ite (not (ite arrival_bio_equals_block_n3_r1_s1
                           (ite arrival_bio_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!29
                 0))
      (a!35 (< (ite (and (not a!9) (< offset a!27)) a!27 offset) a!28))
      (a!42 (ite (and (not failed_1) a!41)
                 (+ (+ offset 4096) a!24)
                 (ite a!40 (+ (+ offset 0) a!23) offset)))
      (a!45 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not (or a!9 a!10)) (- a!28 a!14) 0)
               (ite (not a!11) a!29 0)))
      (a!46 (ite (< 0 (- a!18 offset))
                 (- a!18 offset)
                 (ite (and a!11 (= a!18 offset)) (- 5) (- 28)))))
(let ((a!31 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not a!10) (- a!28 a!14) 0)
               a!30))
      (a!36 (ite (and (not a!10) a!35)
                 a!28
                 (ite (and (not a!9) (< offset a!27)) a!27 offset)))
      (a!43 (and (not failed_2) (< a!42 (+ (+ offset 8192) a!22))))
      (a!47 (not (<= 0 (ite (< 0 a!45) a!45 a!46)))))
(let ((a!37 (< a!36
               (ite arrival_bio_equals_block_n3_r1_s1
                    a!25
                    (+ (+ offset 8192) a!22))))
      (a!49 (or a!47 (<= (ite (< 0 a!45) a!45 a!46) (- a!48 offset)))))
(let ((a!38 (and (not (ite arrival_bio_equals_block_n3_r1_s1
                           (ite arrival_bio_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!37)))
(let ((a!39 (ite a!38
                 (ite arrival_bio_equals_block_n3_r1_s1
                      a!25
                      (+ (+ offset 8192) a!22))
                 a!36)))
(let ((a!44 (= a!39 (ite a!43 (+ (+ offset 8192) a!22) a!42))))
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
       (= a!11 (or failed_0 failed_1 failed_2))
       (= a!18 a!21)
       (= a!31 (+ 0 a!32 a!33 a!34))
       a!44
       (not a!49))))))))))))))))))
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
      (a!9 (ite arrival_bio_smaller_than_block_n3_r2_s0
                (ite arrival_bio_smaller_than_block_n3_r1_s1
                     failed_2
                     (ite arrival_bio_smaller_than_block_n3_r0_s0
                          failed_0
                          failed_1))
                (ite arrival_bio_smaller_than_block_n3_r0_s0 failed_1 failed_0)))
      (a!10 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_smaller_than_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!12 (ite arrival_bio_smaller_than_block_n3_r1_s1
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 1024))
                 (+ offset 2048)))
      (a!13 (ite arrival_bio_smaller_than_block_n3_r1_s1
                 (+ offset 2048)
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 1024)))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!11 (or (or a!9 a!10)
                (ite arrival_bio_smaller_than_block_n3_r1_s1
                     (ite arrival_bio_smaller_than_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!14 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 1024)
                      (+ offset 0))
                 a!13))
      (a!15 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 a!13
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 1024)
                      (+ offset 0)))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!16 (< a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!19 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!22 (ite (<= 1024 (- a!8 (+ offset 2048))) 1024 (- a!8 (+ offset 2048))))
      (a!23 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0))))
      (a!24 (ite (<= 1024 (- a!8 (+ offset 1024))) 1024 (- a!8 (+ offset 1024))))
      (a!48 (ite failed_0
                 (+ offset 0)
                 (ite failed_1
                      (+ offset 1024)
                      (ite failed_2 (+ offset 2048) a!8)))))
(let ((a!17 (ite (and a!10 a!16) a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!20 (ite (and failed_1 (< (+ offset 1024) a!19)) (+ offset 1024) a!19))
      (a!25 (ite arrival_bio_smaller_than_block_n3_r0_s0
                 (+ (+ offset 0) a!23)
                 (+ (+ offset 1024) a!24)))
      (a!26 (ite arrival_bio_smaller_than_block_n3_r0_s0
                 (+ (+ offset 1024) a!24)
                 (+ (+ offset 0) a!23)))
      (a!32 (ite (not failed_0) (- (+ (+ offset 0) a!23) (+ offset 0)) 0))
      (a!33 (ite (not failed_1) (- (+ (+ offset 1024) a!24) (+ offset 1024)) 0))
      (a!34 (ite (not failed_2) (- (+ (+ offset 2048) a!22) (+ offset 2048)) 0))
      (a!40 (and (not failed_0) (< offset (+ (+ offset 0) a!23)))))
(let ((a!18 (ite (and (ite arrival_bio_smaller_than_block_n3_r1_s1
                           (ite arrival_bio_smaller_than_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!12 a!17))
                 a!12
                 a!17))
      (a!21 (ite (and failed_2 (< (+ offset 2048) a!20)) (+ offset 2048) a!20))
      (a!27 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      (+ (+ offset 2048) a!22)
                      a!25)
                 a!26))
      (a!28 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 a!26
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      (+ (+ offset 2048) a!22)
                      a!25)))
      (a!29 (- (ite arrival_bio_smaller_than_block_n3_r1_s1
                    a!25
                    (+ (+ offset 2048) a!22))
               a!12))
      (a!41 (< (ite a!40 (+ (+ offset 0) a!23) offset) (+ (+ offset 1024) a!24))))
(let ((a!30 (ite (not (ite arrival_bio_smaller_than_block_n3_r1_s1
                           (ite arrival_bio_smaller_than_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!29
                 0))
      (a!35 (< (ite (and (not a!9) (< offset a!27)) a!27 offset) a!28))
      (a!42 (ite (and (not failed_1) a!41)
                 (+ (+ offset 1024) a!24)
                 (ite a!40 (+ (+ offset 0) a!23) offset)))
      (a!45 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not (or a!9 a!10)) (- a!28 a!14) 0)
               (ite (not a!11) a!29 0)))
      (a!46 (ite (< 0 (- a!18 offset))
                 (- a!18 offset)
                 (ite (and a!11 (= a!18 offset)) (- 5) (- 28)))))
(let ((a!31 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not a!10) (- a!28 a!14) 0)
               a!30))
      (a!36 (ite (and (not a!10) a!35)
                 a!28
                 (ite (and (not a!9) (< offset a!27)) a!27 offset)))
      (a!43 (and (not failed_2) (< a!42 (+ (+ offset 2048) a!22))))
      (a!47 (not (<= 0 (ite (< 0 a!45) a!45 a!46)))))
(let ((a!37 (< a!36
               (ite arrival_bio_smaller_than_block_n3_r1_s1
                    a!25
                    (+ (+ offset 2048) a!22))))
      (a!49 (or a!47 (<= (ite (< 0 a!45) a!45 a!46) (- a!48 offset)))))
(let ((a!38 (and (not (ite arrival_bio_smaller_than_block_n3_r1_s1
                           (ite arrival_bio_smaller_than_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!37)))
(let ((a!39 (ite a!38
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      a!25
                      (+ (+ offset 2048) a!22))
                 a!36)))
(let ((a!44 (= a!39 (ite a!43 (+ (+ offset 2048) a!22) a!42))))
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
       (= a!11 (or failed_0 failed_1 failed_2))
       (= a!18 a!21)
       (= a!31 (+ 0 a!32 a!33 a!34))
       a!44
       (not a!49))))))))))))))))))
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
      (a!9 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                (ite arrival_bio_unaligned_to_block_n3_r1_s1
                     failed_2
                     (ite arrival_bio_unaligned_to_block_n3_r0_s0
                          failed_0
                          failed_1))
                (ite arrival_bio_unaligned_to_block_n3_r0_s0 failed_1 failed_0)))
      (a!10 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_unaligned_to_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!12 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 6144))
                 (+ offset 12288)))
      (a!13 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                 (+ offset 12288)
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 6144)))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!11 (or (or a!9 a!10)
                (ite arrival_bio_unaligned_to_block_n3_r1_s1
                     (ite arrival_bio_unaligned_to_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!14 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 6144)
                      (+ offset 0))
                 a!13))
      (a!15 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 a!13
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 6144)
                      (+ offset 0)))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!16 (< a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!19 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!22 (ite (<= 6144 (- a!8 (+ offset 12288)))
                 6144
                 (- a!8 (+ offset 12288))))
      (a!23 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0))))
      (a!24 (ite (<= 6144 (- a!8 (+ offset 6144))) 6144 (- a!8 (+ offset 6144))))
      (a!48 (ite failed_0
                 (+ offset 0)
                 (ite failed_1
                      (+ offset 6144)
                      (ite failed_2 (+ offset 12288) a!8)))))
(let ((a!17 (ite (and a!10 a!16) a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!20 (ite (and failed_1 (< (+ offset 6144) a!19)) (+ offset 6144) a!19))
      (a!25 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                 (+ (+ offset 0) a!23)
                 (+ (+ offset 6144) a!24)))
      (a!26 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                 (+ (+ offset 6144) a!24)
                 (+ (+ offset 0) a!23)))
      (a!32 (ite (not failed_0) (- (+ (+ offset 0) a!23) (+ offset 0)) 0))
      (a!33 (ite (not failed_1) (- (+ (+ offset 6144) a!24) (+ offset 6144)) 0))
      (a!34 (ite (not failed_2)
                 (- (+ (+ offset 12288) a!22) (+ offset 12288))
                 0))
      (a!40 (and (not failed_0) (< offset (+ (+ offset 0) a!23)))))
(let ((a!18 (ite (and (ite arrival_bio_unaligned_to_block_n3_r1_s1
                           (ite arrival_bio_unaligned_to_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!12 a!17))
                 a!12
                 a!17))
      (a!21 (ite (and failed_2 (< (+ offset 12288) a!20)) (+ offset 12288) a!20))
      (a!27 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      (+ (+ offset 12288) a!22)
                      a!25)
                 a!26))
      (a!28 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 a!26
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      (+ (+ offset 12288) a!22)
                      a!25)))
      (a!29 (- (ite arrival_bio_unaligned_to_block_n3_r1_s1
                    a!25
                    (+ (+ offset 12288) a!22))
               a!12))
      (a!41 (< (ite a!40 (+ (+ offset 0) a!23) offset) (+ (+ offset 6144) a!24))))
(let ((a!30 (ite (not (ite arrival_bio_unaligned_to_block_n3_r1_s1
                           (ite arrival_bio_unaligned_to_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!29
                 0))
      (a!35 (< (ite (and (not a!9) (< offset a!27)) a!27 offset) a!28))
      (a!42 (ite (and (not failed_1) a!41)
                 (+ (+ offset 6144) a!24)
                 (ite a!40 (+ (+ offset 0) a!23) offset)))
      (a!45 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not (or a!9 a!10)) (- a!28 a!14) 0)
               (ite (not a!11) a!29 0)))
      (a!46 (ite (< 0 (- a!18 offset))
                 (- a!18 offset)
                 (ite (and a!11 (= a!18 offset)) (- 5) (- 28)))))
(let ((a!31 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not a!10) (- a!28 a!14) 0)
               a!30))
      (a!36 (ite (and (not a!10) a!35)
                 a!28
                 (ite (and (not a!9) (< offset a!27)) a!27 offset)))
      (a!43 (and (not failed_2) (< a!42 (+ (+ offset 12288) a!22))))
      (a!47 (not (<= 0 (ite (< 0 a!45) a!45 a!46)))))
(let ((a!37 (< a!36
               (ite arrival_bio_unaligned_to_block_n3_r1_s1
                    a!25
                    (+ (+ offset 12288) a!22))))
      (a!49 (or a!47 (<= (ite (< 0 a!45) a!45 a!46) (- a!48 offset)))))
(let ((a!38 (and (not (ite arrival_bio_unaligned_to_block_n3_r1_s1
                           (ite arrival_bio_unaligned_to_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!37)))
(let ((a!39 (ite a!38
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      a!25
                      (+ (+ offset 12288) a!22))
                 a!36)))
(let ((a!44 (= a!39 (ite a!43 (+ (+ offset 12288) a!22) a!42))))
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
       (= a!11 (or failed_0 failed_1 failed_2))
       (= a!18 a!21)
       (= a!31 (+ 0 a!32 a!33 a!34))
       a!44
       (not a!49))))))))))))))))))
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
      (a!9 (ite arrival_bio_spans_blocks_n3_r2_s0
                (ite arrival_bio_spans_blocks_n3_r1_s1
                     failed_2
                     (ite arrival_bio_spans_blocks_n3_r0_s0 failed_0 failed_1))
                (ite arrival_bio_spans_blocks_n3_r0_s0 failed_1 failed_0)))
      (a!10 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_bio_spans_blocks_n3_r0_s0 failed_0 failed_1))))
      (a!12 (ite arrival_bio_spans_blocks_n3_r1_s1
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 (+ offset 32768)))
      (a!13 (ite arrival_bio_spans_blocks_n3_r1_s1
                 (+ offset 32768)
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384)))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!11 (or (or a!9 a!10)
                (ite arrival_bio_spans_blocks_n3_r1_s1
                     (ite arrival_bio_spans_blocks_n3_r0_s0 failed_0 failed_1)
                     failed_2)))
      (a!14 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!13))
      (a!15 (ite arrival_bio_spans_blocks_n3_r2_s0
                 a!13
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0)))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!16 (< a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!19 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!22 (ite (<= 16384 (- a!8 (+ offset 32768)))
                 16384
                 (- a!8 (+ offset 32768))))
      (a!23 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!24 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!48 (ite failed_0
                 (+ offset 0)
                 (ite failed_1
                      (+ offset 16384)
                      (ite failed_2 (+ offset 32768) a!8)))))
(let ((a!17 (ite (and a!10 a!16) a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!20 (ite (and failed_1 (< (+ offset 16384) a!19)) (+ offset 16384) a!19))
      (a!25 (ite arrival_bio_spans_blocks_n3_r0_s0
                 (+ (+ offset 0) a!23)
                 (+ (+ offset 16384) a!24)))
      (a!26 (ite arrival_bio_spans_blocks_n3_r0_s0
                 (+ (+ offset 16384) a!24)
                 (+ (+ offset 0) a!23)))
      (a!32 (ite (not failed_0) (- (+ (+ offset 0) a!23) (+ offset 0)) 0))
      (a!33 (ite (not failed_1)
                 (- (+ (+ offset 16384) a!24) (+ offset 16384))
                 0))
      (a!34 (ite (not failed_2)
                 (- (+ (+ offset 32768) a!22) (+ offset 32768))
                 0))
      (a!40 (and (not failed_0) (< offset (+ (+ offset 0) a!23)))))
(let ((a!18 (ite (and (ite arrival_bio_spans_blocks_n3_r1_s1
                           (ite arrival_bio_spans_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!12 a!17))
                 a!12
                 a!17))
      (a!21 (ite (and failed_2 (< (+ offset 32768) a!20)) (+ offset 32768) a!20))
      (a!27 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!22)
                      a!25)
                 a!26))
      (a!28 (ite arrival_bio_spans_blocks_n3_r2_s0
                 a!26
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!22)
                      a!25)))
      (a!29 (- (ite arrival_bio_spans_blocks_n3_r1_s1
                    a!25
                    (+ (+ offset 32768) a!22))
               a!12))
      (a!41 (< (ite a!40 (+ (+ offset 0) a!23) offset)
               (+ (+ offset 16384) a!24))))
(let ((a!30 (ite (not (ite arrival_bio_spans_blocks_n3_r1_s1
                           (ite arrival_bio_spans_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!29
                 0))
      (a!35 (< (ite (and (not a!9) (< offset a!27)) a!27 offset) a!28))
      (a!42 (ite (and (not failed_1) a!41)
                 (+ (+ offset 16384) a!24)
                 (ite a!40 (+ (+ offset 0) a!23) offset)))
      (a!45 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not (or a!9 a!10)) (- a!28 a!14) 0)
               (ite (not a!11) a!29 0)))
      (a!46 (ite (< 0 (- a!18 offset))
                 (- a!18 offset)
                 (ite (and a!11 (= a!18 offset)) (- 5) (- 28)))))
(let ((a!31 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not a!10) (- a!28 a!14) 0)
               a!30))
      (a!36 (ite (and (not a!10) a!35)
                 a!28
                 (ite (and (not a!9) (< offset a!27)) a!27 offset)))
      (a!43 (and (not failed_2) (< a!42 (+ (+ offset 32768) a!22))))
      (a!47 (not (<= 0 (ite (< 0 a!45) a!45 a!46)))))
(let ((a!37 (< a!36
               (ite arrival_bio_spans_blocks_n3_r1_s1
                    a!25
                    (+ (+ offset 32768) a!22))))
      (a!49 (or a!47 (<= (ite (< 0 a!45) a!45 a!46) (- a!48 offset)))))
(let ((a!38 (and (not (ite arrival_bio_spans_blocks_n3_r1_s1
                           (ite arrival_bio_spans_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!37)))
(let ((a!39 (ite a!38
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      a!25
                      (+ (+ offset 32768) a!22))
                 a!36)))
(let ((a!44 (= a!39 (ite a!43 (+ (+ offset 32768) a!22) a!42))))
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
       (= a!11 (or failed_0 failed_1 failed_2))
       (= a!18 a!21)
       (= a!31 (+ 0 a!32 a!33 a!34))
       a!44
       (not a!49))))))))))))))))))
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
      (a!9 (ite arrival_sector_equals_block_n3_r2_s0
                (ite arrival_sector_equals_block_n3_r1_s1
                     failed_2
                     (ite arrival_sector_equals_block_n3_r0_s0
                          failed_0
                          failed_1))
                (ite arrival_sector_equals_block_n3_r0_s0 failed_1 failed_0)))
      (a!10 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_sector_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_sector_equals_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!12 (ite arrival_sector_equals_block_n3_r1_s1
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 8192))
                 (+ offset 16384)))
      (a!13 (ite arrival_sector_equals_block_n3_r1_s1
                 (+ offset 16384)
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 8192)))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!11 (or (or a!9 a!10)
                (ite arrival_sector_equals_block_n3_r1_s1
                     (ite arrival_sector_equals_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!14 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 8192)
                      (+ offset 0))
                 a!13))
      (a!15 (ite arrival_sector_equals_block_n3_r2_s0
                 a!13
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 8192)
                      (+ offset 0)))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!16 (< a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!19 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!22 (ite (<= 8192 (- a!8 (+ offset 16384)))
                 8192
                 (- a!8 (+ offset 16384))))
      (a!23 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0))))
      (a!24 (ite (<= 8192 (- a!8 (+ offset 8192))) 8192 (- a!8 (+ offset 8192))))
      (a!48 (ite failed_0
                 (+ offset 0)
                 (ite failed_1
                      (+ offset 8192)
                      (ite failed_2 (+ offset 16384) a!8)))))
(let ((a!17 (ite (and a!10 a!16) a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!20 (ite (and failed_1 (< (+ offset 8192) a!19)) (+ offset 8192) a!19))
      (a!25 (ite arrival_sector_equals_block_n3_r0_s0
                 (+ (+ offset 0) a!23)
                 (+ (+ offset 8192) a!24)))
      (a!26 (ite arrival_sector_equals_block_n3_r0_s0
                 (+ (+ offset 8192) a!24)
                 (+ (+ offset 0) a!23)))
      (a!32 (ite (not failed_0) (- (+ (+ offset 0) a!23) (+ offset 0)) 0))
      (a!33 (ite (not failed_1) (- (+ (+ offset 8192) a!24) (+ offset 8192)) 0))
      (a!34 (ite (not failed_2)
                 (- (+ (+ offset 16384) a!22) (+ offset 16384))
                 0))
      (a!40 (and (not failed_0) (< offset (+ (+ offset 0) a!23)))))
(let ((a!18 (ite (and (ite arrival_sector_equals_block_n3_r1_s1
                           (ite arrival_sector_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!12 a!17))
                 a!12
                 a!17))
      (a!21 (ite (and failed_2 (< (+ offset 16384) a!20)) (+ offset 16384) a!20))
      (a!27 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r1_s1
                      (+ (+ offset 16384) a!22)
                      a!25)
                 a!26))
      (a!28 (ite arrival_sector_equals_block_n3_r2_s0
                 a!26
                 (ite arrival_sector_equals_block_n3_r1_s1
                      (+ (+ offset 16384) a!22)
                      a!25)))
      (a!29 (- (ite arrival_sector_equals_block_n3_r1_s1
                    a!25
                    (+ (+ offset 16384) a!22))
               a!12))
      (a!41 (< (ite a!40 (+ (+ offset 0) a!23) offset) (+ (+ offset 8192) a!24))))
(let ((a!30 (ite (not (ite arrival_sector_equals_block_n3_r1_s1
                           (ite arrival_sector_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!29
                 0))
      (a!35 (< (ite (and (not a!9) (< offset a!27)) a!27 offset) a!28))
      (a!42 (ite (and (not failed_1) a!41)
                 (+ (+ offset 8192) a!24)
                 (ite a!40 (+ (+ offset 0) a!23) offset)))
      (a!45 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not (or a!9 a!10)) (- a!28 a!14) 0)
               (ite (not a!11) a!29 0)))
      (a!46 (ite (< 0 (- a!18 offset))
                 (- a!18 offset)
                 (ite (and a!11 (= a!18 offset)) (- 5) (- 28)))))
(let ((a!31 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not a!10) (- a!28 a!14) 0)
               a!30))
      (a!36 (ite (and (not a!10) a!35)
                 a!28
                 (ite (and (not a!9) (< offset a!27)) a!27 offset)))
      (a!43 (and (not failed_2) (< a!42 (+ (+ offset 16384) a!22))))
      (a!47 (not (<= 0 (ite (< 0 a!45) a!45 a!46)))))
(let ((a!37 (< a!36
               (ite arrival_sector_equals_block_n3_r1_s1
                    a!25
                    (+ (+ offset 16384) a!22))))
      (a!49 (or a!47 (<= (ite (< 0 a!45) a!45 a!46) (- a!48 offset)))))
(let ((a!38 (and (not (ite arrival_sector_equals_block_n3_r1_s1
                           (ite arrival_sector_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!37)))
(let ((a!39 (ite a!38
                 (ite arrival_sector_equals_block_n3_r1_s1
                      a!25
                      (+ (+ offset 16384) a!22))
                 a!36)))
(let ((a!44 (= a!39 (ite a!43 (+ (+ offset 16384) a!22) a!42))))
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
       (= a!11 (or failed_0 failed_1 failed_2))
       (= a!18 a!21)
       (= a!31 (+ 0 a!32 a!33 a!34))
       a!44
       (not a!49))))))))))))))))))
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
      (a!9 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                (ite arrival_large_sectors_and_blocks_n3_r1_s1
                     failed_2
                     (ite arrival_large_sectors_and_blocks_n3_r0_s0
                          failed_0
                          failed_1))
                (ite arrival_large_sectors_and_blocks_n3_r0_s0
                     failed_1
                     failed_0)))
      (a!10 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_large_sectors_and_blocks_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!12 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 (+ offset 32768)))
      (a!13 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                 (+ offset 32768)
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384)))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!11 (or (or a!9 a!10)
                (ite arrival_large_sectors_and_blocks_n3_r1_s1
                     (ite arrival_large_sectors_and_blocks_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!14 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!13))
      (a!15 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 a!13
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0)))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 65536)))
                (- offset (mod offset 65536))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 65536)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 65536))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!16 (< a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!19 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!22 (ite (<= 16384 (- a!8 (+ offset 32768)))
                 16384
                 (- a!8 (+ offset 32768))))
      (a!23 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!24 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!48 (ite failed_0
                 (+ offset 0)
                 (ite failed_1
                      (+ offset 16384)
                      (ite failed_2 (+ offset 32768) a!8)))))
(let ((a!17 (ite (and a!10 a!16) a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!20 (ite (and failed_1 (< (+ offset 16384) a!19)) (+ offset 16384) a!19))
      (a!25 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                 (+ (+ offset 0) a!23)
                 (+ (+ offset 16384) a!24)))
      (a!26 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                 (+ (+ offset 16384) a!24)
                 (+ (+ offset 0) a!23)))
      (a!32 (ite (not failed_0) (- (+ (+ offset 0) a!23) (+ offset 0)) 0))
      (a!33 (ite (not failed_1)
                 (- (+ (+ offset 16384) a!24) (+ offset 16384))
                 0))
      (a!34 (ite (not failed_2)
                 (- (+ (+ offset 32768) a!22) (+ offset 32768))
                 0))
      (a!40 (and (not failed_0) (< offset (+ (+ offset 0) a!23)))))
(let ((a!18 (ite (and (ite arrival_large_sectors_and_blocks_n3_r1_s1
                           (ite arrival_large_sectors_and_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!12 a!17))
                 a!12
                 a!17))
      (a!21 (ite (and failed_2 (< (+ offset 32768) a!20)) (+ offset 32768) a!20))
      (a!27 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!22)
                      a!25)
                 a!26))
      (a!28 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 a!26
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!22)
                      a!25)))
      (a!29 (- (ite arrival_large_sectors_and_blocks_n3_r1_s1
                    a!25
                    (+ (+ offset 32768) a!22))
               a!12))
      (a!41 (< (ite a!40 (+ (+ offset 0) a!23) offset)
               (+ (+ offset 16384) a!24))))
(let ((a!30 (ite (not (ite arrival_large_sectors_and_blocks_n3_r1_s1
                           (ite arrival_large_sectors_and_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!29
                 0))
      (a!35 (< (ite (and (not a!9) (< offset a!27)) a!27 offset) a!28))
      (a!42 (ite (and (not failed_1) a!41)
                 (+ (+ offset 16384) a!24)
                 (ite a!40 (+ (+ offset 0) a!23) offset)))
      (a!45 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not (or a!9 a!10)) (- a!28 a!14) 0)
               (ite (not a!11) a!29 0)))
      (a!46 (ite (< 0 (- a!18 offset))
                 (- a!18 offset)
                 (ite (and a!11 (= a!18 offset)) (- 5) (- 28)))))
(let ((a!31 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not a!10) (- a!28 a!14) 0)
               a!30))
      (a!36 (ite (and (not a!10) a!35)
                 a!28
                 (ite (and (not a!9) (< offset a!27)) a!27 offset)))
      (a!43 (and (not failed_2) (< a!42 (+ (+ offset 32768) a!22))))
      (a!47 (not (<= 0 (ite (< 0 a!45) a!45 a!46)))))
(let ((a!37 (< a!36
               (ite arrival_large_sectors_and_blocks_n3_r1_s1
                    a!25
                    (+ (+ offset 32768) a!22))))
      (a!49 (or a!47 (<= (ite (< 0 a!45) a!45 a!46) (- a!48 offset)))))
(let ((a!38 (and (not (ite arrival_large_sectors_and_blocks_n3_r1_s1
                           (ite arrival_large_sectors_and_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!37)))
(let ((a!39 (ite a!38
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      a!25
                      (+ (+ offset 32768) a!22))
                 a!36)))
(let ((a!44 (= a!39 (ite a!43 (+ (+ offset 32768) a!22) a!42))))
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
       (= a!11 (or failed_0 failed_1 failed_2))
       (= a!18 a!21)
       (= a!31 (+ 0 a!32 a!33 a!34))
       a!44
       (not a!49))))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry small-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_small_blocks_n3_r0_s0 () Bool)
(declare-fun arrival_small_blocks_n3_r1_s1 () Bool)
(declare-fun arrival_small_blocks_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 1024) 0) 0 1024))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (ite arrival_small_blocks_n3_r2_s0
                (ite arrival_small_blocks_n3_r1_s1
                     failed_2
                     (ite arrival_small_blocks_n3_r0_s0 failed_0 failed_1))
                (ite arrival_small_blocks_n3_r0_s0 failed_1 failed_0)))
      (a!10 (ite arrival_small_blocks_n3_r2_s0
                 (ite arrival_small_blocks_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_small_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_small_blocks_n3_r0_s0 failed_0 failed_1))))
      (a!12 (ite arrival_small_blocks_n3_r1_s1
                 (ite arrival_small_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 (+ offset 8192)))
      (a!13 (ite arrival_small_blocks_n3_r1_s1
                 (+ offset 8192)
                 (ite arrival_small_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096)))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!1))
      (a!4 (+ (- a!3 (mod a!3 1024)) (ite (= (mod a!3 1024) 0) 0 1024)))
      (a!11 (or (or a!9 a!10)
                (ite arrival_small_blocks_n3_r1_s1
                     (ite arrival_small_blocks_n3_r0_s0 failed_0 failed_1)
                     failed_2)))
      (a!14 (ite arrival_small_blocks_n3_r2_s0
                 (ite arrival_small_blocks_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!13))
      (a!15 (ite arrival_small_blocks_n3_r2_s0
                 a!13
                 (ite arrival_small_blocks_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0)))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 1024)))
                (- offset (mod offset 1024))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 1024)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 1024))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!16 (< a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!19 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!22 (ite (<= 4096 (- a!8 (+ offset 8192))) 4096 (- a!8 (+ offset 8192))))
      (a!23 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!24 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!48 (ite failed_0
                 (+ offset 0)
                 (ite failed_1
                      (+ offset 4096)
                      (ite failed_2 (+ offset 8192) a!8)))))
(let ((a!17 (ite (and a!10 a!16) a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!20 (ite (and failed_1 (< (+ offset 4096) a!19)) (+ offset 4096) a!19))
      (a!25 (ite arrival_small_blocks_n3_r0_s0
                 (+ (+ offset 0) a!23)
                 (+ (+ offset 4096) a!24)))
      (a!26 (ite arrival_small_blocks_n3_r0_s0
                 (+ (+ offset 4096) a!24)
                 (+ (+ offset 0) a!23)))
      (a!32 (ite (not failed_0) (- (+ (+ offset 0) a!23) (+ offset 0)) 0))
      (a!33 (ite (not failed_1) (- (+ (+ offset 4096) a!24) (+ offset 4096)) 0))
      (a!34 (ite (not failed_2) (- (+ (+ offset 8192) a!22) (+ offset 8192)) 0))
      (a!40 (and (not failed_0) (< offset (+ (+ offset 0) a!23)))))
(let ((a!18 (ite (and (ite arrival_small_blocks_n3_r1_s1
                           (ite arrival_small_blocks_n3_r0_s0 failed_0 failed_1)
                           failed_2)
                      (< a!12 a!17))
                 a!12
                 a!17))
      (a!21 (ite (and failed_2 (< (+ offset 8192) a!20)) (+ offset 8192) a!20))
      (a!27 (ite arrival_small_blocks_n3_r2_s0
                 (ite arrival_small_blocks_n3_r1_s1
                      (+ (+ offset 8192) a!22)
                      a!25)
                 a!26))
      (a!28 (ite arrival_small_blocks_n3_r2_s0
                 a!26
                 (ite arrival_small_blocks_n3_r1_s1
                      (+ (+ offset 8192) a!22)
                      a!25)))
      (a!29 (- (ite arrival_small_blocks_n3_r1_s1 a!25 (+ (+ offset 8192) a!22))
               a!12))
      (a!41 (< (ite a!40 (+ (+ offset 0) a!23) offset) (+ (+ offset 4096) a!24))))
(let ((a!30 (ite (not (ite arrival_small_blocks_n3_r1_s1
                           (ite arrival_small_blocks_n3_r0_s0 failed_0 failed_1)
                           failed_2))
                 a!29
                 0))
      (a!35 (< (ite (and (not a!9) (< offset a!27)) a!27 offset) a!28))
      (a!42 (ite (and (not failed_1) a!41)
                 (+ (+ offset 4096) a!24)
                 (ite a!40 (+ (+ offset 0) a!23) offset)))
      (a!45 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not (or a!9 a!10)) (- a!28 a!14) 0)
               (ite (not a!11) a!29 0)))
      (a!46 (ite (< 0 (- a!18 offset))
                 (- a!18 offset)
                 (ite (and a!11 (= a!18 offset)) (- 5) (- 28)))))
(let ((a!31 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not a!10) (- a!28 a!14) 0)
               a!30))
      (a!36 (ite (and (not a!10) a!35)
                 a!28
                 (ite (and (not a!9) (< offset a!27)) a!27 offset)))
      (a!43 (and (not failed_2) (< a!42 (+ (+ offset 8192) a!22))))
      (a!47 (not (<= 0 (ite (< 0 a!45) a!45 a!46)))))
(let ((a!37 (< a!36
               (ite arrival_small_blocks_n3_r1_s1 a!25 (+ (+ offset 8192) a!22))))
      (a!49 (or a!47 (<= (ite (< 0 a!45) a!45 a!46) (- a!48 offset)))))
(let ((a!38 (and (not (ite arrival_small_blocks_n3_r1_s1
                           (ite arrival_small_blocks_n3_r0_s0 failed_0 failed_1)
                           failed_2))
                 a!37)))
(let ((a!39 (ite a!38
                 (ite arrival_small_blocks_n3_r1_s1
                      a!25
                      (+ (+ offset 8192) a!22))
                 a!36)))
(let ((a!44 (= a!39 (ite a!43 (+ (+ offset 8192) a!22) a!42))))
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
       (= a!11 (or failed_0 failed_1 failed_2))
       (= a!18 a!21)
       (= a!31 (+ 0 a!32 a!33 a!34))
       a!44
       (not a!49))))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry large-blocks-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_large_blocks_bio_not_dividing_n3_r0_s0 () Bool)
(declare-fun arrival_large_blocks_bio_not_dividing_n3_r1_s1 () Bool)
(declare-fun arrival_large_blocks_bio_not_dividing_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 16384) 0) 0 16384))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (ite arrival_large_blocks_bio_not_dividing_n3_r2_s0
                (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                     failed_2
                     (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                          failed_0
                          failed_1))
                (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                     failed_1
                     failed_0)))
      (a!10 (ite arrival_large_blocks_bio_not_dividing_n3_r2_s0
                 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                      failed_2
                      (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!12 (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 12288))
                 (+ offset 24576)))
      (a!13 (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                 (+ offset 24576)
                 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 12288)))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384)))
      (a!11 (or (or a!9 a!10)
                (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                     (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!14 (ite arrival_large_blocks_bio_not_dividing_n3_r2_s0
                 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 12288)
                      (+ offset 0))
                 a!13))
      (a!15 (ite arrival_large_blocks_bio_not_dividing_n3_r2_s0
                 a!13
                 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 12288)
                      (+ offset 0)))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!16 (< a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!19 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!22 (ite (<= 12288 (- a!8 (+ offset 24576)))
                 12288
                 (- a!8 (+ offset 24576))))
      (a!23 (ite (<= 12288 (- a!8 (+ offset 0))) 12288 (- a!8 (+ offset 0))))
      (a!24 (ite (<= 12288 (- a!8 (+ offset 12288)))
                 12288
                 (- a!8 (+ offset 12288))))
      (a!48 (ite failed_0
                 (+ offset 0)
                 (ite failed_1
                      (+ offset 12288)
                      (ite failed_2 (+ offset 24576) a!8)))))
(let ((a!17 (ite (and a!10 a!16) a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!20 (ite (and failed_1 (< (+ offset 12288) a!19)) (+ offset 12288) a!19))
      (a!25 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 0) a!23)
                 (+ (+ offset 12288) a!24)))
      (a!26 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 12288) a!24)
                 (+ (+ offset 0) a!23)))
      (a!32 (ite (not failed_0) (- (+ (+ offset 0) a!23) (+ offset 0)) 0))
      (a!33 (ite (not failed_1)
                 (- (+ (+ offset 12288) a!24) (+ offset 12288))
                 0))
      (a!34 (ite (not failed_2)
                 (- (+ (+ offset 24576) a!22) (+ offset 24576))
                 0))
      (a!40 (and (not failed_0) (< offset (+ (+ offset 0) a!23)))))
(let ((a!18 (ite (and (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                           (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!12 a!17))
                 a!12
                 a!17))
      (a!21 (ite (and failed_2 (< (+ offset 24576) a!20)) (+ offset 24576) a!20))
      (a!27 (ite arrival_large_blocks_bio_not_dividing_n3_r2_s0
                 (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 24576) a!22)
                      a!25)
                 a!26))
      (a!28 (ite arrival_large_blocks_bio_not_dividing_n3_r2_s0
                 a!26
                 (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 24576) a!22)
                      a!25)))
      (a!29 (- (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                    a!25
                    (+ (+ offset 24576) a!22))
               a!12))
      (a!41 (< (ite a!40 (+ (+ offset 0) a!23) offset)
               (+ (+ offset 12288) a!24))))
(let ((a!30 (ite (not (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                           (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!29
                 0))
      (a!35 (< (ite (and (not a!9) (< offset a!27)) a!27 offset) a!28))
      (a!42 (ite (and (not failed_1) a!41)
                 (+ (+ offset 12288) a!24)
                 (ite a!40 (+ (+ offset 0) a!23) offset)))
      (a!45 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not (or a!9 a!10)) (- a!28 a!14) 0)
               (ite (not a!11) a!29 0)))
      (a!46 (ite (< 0 (- a!18 offset))
                 (- a!18 offset)
                 (ite (and a!11 (= a!18 offset)) (- 5) (- 28)))))
(let ((a!31 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not a!10) (- a!28 a!14) 0)
               a!30))
      (a!36 (ite (and (not a!10) a!35)
                 a!28
                 (ite (and (not a!9) (< offset a!27)) a!27 offset)))
      (a!43 (and (not failed_2) (< a!42 (+ (+ offset 24576) a!22))))
      (a!47 (not (<= 0 (ite (< 0 a!45) a!45 a!46)))))
(let ((a!37 (< a!36
               (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                    a!25
                    (+ (+ offset 24576) a!22))))
      (a!49 (or a!47 (<= (ite (< 0 a!45) a!45 a!46) (- a!48 offset)))))
(let ((a!38 (and (not (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                           (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!37)))
(let ((a!39 (ite a!38
                 (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                      a!25
                      (+ (+ offset 24576) a!22))
                 a!36)))
(let ((a!44 (= a!39 (ite a!43 (+ (+ offset 24576) a!22) a!42))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 512) 0)
       (= (mod length 512) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 24576) a!8)
       (<= a!8 (+ (+ offset 24576) 12288))
       (= a!11 (or failed_0 failed_1 failed_2))
       (= a!18 a!21)
       (= a!31 (+ 0 a!32 a!33 a!34))
       a!44
       (not a!49))))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry sectors-1k-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_sectors_1k_bio_not_dividing_n3_r0_s0 () Bool)
(declare-fun arrival_sectors_1k_bio_not_dividing_n3_r1_s1 () Bool)
(declare-fun arrival_sectors_1k_bio_not_dividing_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 4096) 0) 0 4096))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (ite arrival_sectors_1k_bio_not_dividing_n3_r2_s0
                (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                     failed_2
                     (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                          failed_0
                          failed_1))
                (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                     failed_1
                     failed_0)))
      (a!10 (ite arrival_sectors_1k_bio_not_dividing_n3_r2_s0
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                      failed_2
                      (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!12 (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 3072))
                 (+ offset 6144)))
      (a!13 (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                 (+ offset 6144)
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 3072)))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!11 (or (or a!9 a!10)
                (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                     (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!14 (ite arrival_sectors_1k_bio_not_dividing_n3_r2_s0
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 3072)
                      (+ offset 0))
                 a!13))
      (a!15 (ite arrival_sectors_1k_bio_not_dividing_n3_r2_s0
                 a!13
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 3072)
                      (+ offset 0)))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!16 (< a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!19 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!22 (ite (<= 3072 (- a!8 (+ offset 6144))) 3072 (- a!8 (+ offset 6144))))
      (a!23 (ite (<= 3072 (- a!8 (+ offset 0))) 3072 (- a!8 (+ offset 0))))
      (a!24 (ite (<= 3072 (- a!8 (+ offset 3072))) 3072 (- a!8 (+ offset 3072))))
      (a!48 (ite failed_0
                 (+ offset 0)
                 (ite failed_1
                      (+ offset 3072)
                      (ite failed_2 (+ offset 6144) a!8)))))
(let ((a!17 (ite (and a!10 a!16) a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!20 (ite (and failed_1 (< (+ offset 3072) a!19)) (+ offset 3072) a!19))
      (a!25 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 0) a!23)
                 (+ (+ offset 3072) a!24)))
      (a!26 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 3072) a!24)
                 (+ (+ offset 0) a!23)))
      (a!32 (ite (not failed_0) (- (+ (+ offset 0) a!23) (+ offset 0)) 0))
      (a!33 (ite (not failed_1) (- (+ (+ offset 3072) a!24) (+ offset 3072)) 0))
      (a!34 (ite (not failed_2) (- (+ (+ offset 6144) a!22) (+ offset 6144)) 0))
      (a!40 (and (not failed_0) (< offset (+ (+ offset 0) a!23)))))
(let ((a!18 (ite (and (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                           (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!12 a!17))
                 a!12
                 a!17))
      (a!21 (ite (and failed_2 (< (+ offset 6144) a!20)) (+ offset 6144) a!20))
      (a!27 (ite arrival_sectors_1k_bio_not_dividing_n3_r2_s0
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 6144) a!22)
                      a!25)
                 a!26))
      (a!28 (ite arrival_sectors_1k_bio_not_dividing_n3_r2_s0
                 a!26
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 6144) a!22)
                      a!25)))
      (a!29 (- (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                    a!25
                    (+ (+ offset 6144) a!22))
               a!12))
      (a!41 (< (ite a!40 (+ (+ offset 0) a!23) offset) (+ (+ offset 3072) a!24))))
(let ((a!30 (ite (not (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                           (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!29
                 0))
      (a!35 (< (ite (and (not a!9) (< offset a!27)) a!27 offset) a!28))
      (a!42 (ite (and (not failed_1) a!41)
                 (+ (+ offset 3072) a!24)
                 (ite a!40 (+ (+ offset 0) a!23) offset)))
      (a!45 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not (or a!9 a!10)) (- a!28 a!14) 0)
               (ite (not a!11) a!29 0)))
      (a!46 (ite (< 0 (- a!18 offset))
                 (- a!18 offset)
                 (ite (and a!11 (= a!18 offset)) (- 5) (- 28)))))
(let ((a!31 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not a!10) (- a!28 a!14) 0)
               a!30))
      (a!36 (ite (and (not a!10) a!35)
                 a!28
                 (ite (and (not a!9) (< offset a!27)) a!27 offset)))
      (a!43 (and (not failed_2) (< a!42 (+ (+ offset 6144) a!22))))
      (a!47 (not (<= 0 (ite (< 0 a!45) a!45 a!46)))))
(let ((a!37 (< a!36
               (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                    a!25
                    (+ (+ offset 6144) a!22))))
      (a!49 (or a!47 (<= (ite (< 0 a!45) a!45 a!46) (- a!48 offset)))))
(let ((a!38 (and (not (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                           (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!37)))
(let ((a!39 (ite a!38
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                      a!25
                      (+ (+ offset 6144) a!22))
                 a!36)))
(let ((a!44 (= a!39 (ite a!43 (+ (+ offset 6144) a!22) a!42))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 1024) 0)
       (= (mod length 1024) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 6144) a!8)
       (<= a!8 (+ (+ offset 6144) 3072))
       (= a!11 (or failed_0 failed_1 failed_2))
       (= a!18 a!21)
       (= a!31 (+ 0 a!32 a!33 a!34))
       a!44
       (not a!49))))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry sectors-2k-bio-unaligned-above-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun offset () Int)
(declare-fun length () Int)
(declare-fun freeBlocks () Int)
(declare-fun fileSize () Int)
(declare-fun failed_2 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0 () Bool)
(declare-fun arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1 () Bool)
(declare-fun arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0 () Bool)
(assert (let ((a!1 (ite (= (mod (+ offset length) 8192) 0) 0 8192))
      (a!3 (ite (<= fileSize (+ offset length)) fileSize (+ offset length)))
      (a!9 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                     failed_2
                     (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                          failed_0
                          failed_1))
                (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                     failed_1
                     failed_0)))
      (a!10 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                      failed_2
                      (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!12 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 20480))
                 (+ offset 40960)))
      (a!13 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                 (+ offset 40960)
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 20480)))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192)))
      (a!11 (or (or a!9 a!10)
                (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                     (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!14 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 20480)
                      (+ offset 0))
                 a!13))
      (a!15 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 a!13
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 20480)
                      (+ offset 0)))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!16 (< a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!19 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8))
      (a!22 (ite (<= 20480 (- a!8 (+ offset 40960)))
                 20480
                 (- a!8 (+ offset 40960))))
      (a!23 (ite (<= 20480 (- a!8 (+ offset 0))) 20480 (- a!8 (+ offset 0))))
      (a!24 (ite (<= 20480 (- a!8 (+ offset 20480)))
                 20480
                 (- a!8 (+ offset 20480))))
      (a!48 (ite failed_0
                 (+ offset 0)
                 (ite failed_1
                      (+ offset 20480)
                      (ite failed_2 (+ offset 40960) a!8)))))
(let ((a!17 (ite (and a!10 a!16) a!14 (ite (and a!9 (< a!15 a!8)) a!15 a!8)))
      (a!20 (ite (and failed_1 (< (+ offset 20480) a!19)) (+ offset 20480) a!19))
      (a!25 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                 (+ (+ offset 0) a!23)
                 (+ (+ offset 20480) a!24)))
      (a!26 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                 (+ (+ offset 20480) a!24)
                 (+ (+ offset 0) a!23)))
      (a!32 (ite (not failed_0) (- (+ (+ offset 0) a!23) (+ offset 0)) 0))
      (a!33 (ite (not failed_1)
                 (- (+ (+ offset 20480) a!24) (+ offset 20480))
                 0))
      (a!34 (ite (not failed_2)
                 (- (+ (+ offset 40960) a!22) (+ offset 40960))
                 0))
      (a!40 (and (not failed_0) (< offset (+ (+ offset 0) a!23)))))
(let ((a!18 (ite (and (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                           (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!12 a!17))
                 a!12
                 a!17))
      (a!21 (ite (and failed_2 (< (+ offset 40960) a!20)) (+ offset 40960) a!20))
      (a!27 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                      (+ (+ offset 40960) a!22)
                      a!25)
                 a!26))
      (a!28 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 a!26
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                      (+ (+ offset 40960) a!22)
                      a!25)))
      (a!29 (- (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                    a!25
                    (+ (+ offset 40960) a!22))
               a!12))
      (a!41 (< (ite a!40 (+ (+ offset 0) a!23) offset)
               (+ (+ offset 20480) a!24))))
(let ((a!30 (ite (not (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                           (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!29
                 0))
      (a!35 (< (ite (and (not a!9) (< offset a!27)) a!27 offset) a!28))
      (a!42 (ite (and (not failed_1) a!41)
                 (+ (+ offset 20480) a!24)
                 (ite a!40 (+ (+ offset 0) a!23) offset)))
      (a!45 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not (or a!9 a!10)) (- a!28 a!14) 0)
               (ite (not a!11) a!29 0)))
      (a!46 (ite (< 0 (- a!18 offset))
                 (- a!18 offset)
                 (ite (and a!11 (= a!18 offset)) (- 5) (- 28)))))
(let ((a!31 (+ (+ 0 (ite (not a!9) (- a!27 a!15) 0))
               (ite (not a!10) (- a!28 a!14) 0)
               a!30))
      (a!36 (ite (and (not a!10) a!35)
                 a!28
                 (ite (and (not a!9) (< offset a!27)) a!27 offset)))
      (a!43 (and (not failed_2) (< a!42 (+ (+ offset 40960) a!22))))
      (a!47 (not (<= 0 (ite (< 0 a!45) a!45 a!46)))))
(let ((a!37 (< a!36
               (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                    a!25
                    (+ (+ offset 40960) a!22))))
      (a!49 (or a!47 (<= (ite (< 0 a!45) a!45 a!46) (- a!48 offset)))))
(let ((a!38 (and (not (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                           (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2))
                 a!37)))
(let ((a!39 (ite a!38
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                      a!25
                      (+ (+ offset 40960) a!22))
                 a!36)))
(let ((a!44 (= a!39 (ite a!43 (+ (+ offset 40960) a!22) a!42))))
  (and (<= 0 offset)
       (< 0 length)
       (<= 0 fileSize)
       (<= 0 freeBlocks)
       (= (mod offset 2048) 0)
       (= (mod length 2048) 0)
       (<= a!2 9223372036854775807)
       (<= fileSize 9223372036854775807)
       (<= freeBlocks 9223372036854775807)
       (< (+ offset 40960) a!8)
       (<= a!8 (+ (+ offset 40960) 20480))
       (= a!11 (or failed_0 failed_1 failed_2))
       (= a!18 a!21)
       (= a!31 (+ 0 a!32 a!33 a!34))
       a!44
       (not a!49))))))))))))))))))
(check-sat)
(reset)
