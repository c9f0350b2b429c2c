; DioVerify proof obligation (dioverify 0.1.0)
; policy:   arrival-cutoff
; property: P6 order-independence: R, newSize and the kept blocks are the same for every arrival order of the same outcomes
; bound:    bios<=3
; method:   self-composition: self-composition: two symbolic arrival orders of the same outcomes
; geometry: bio-equals-block (S=512, B=4096, M=4096), bio-smaller-than-block (S=512, B=4096, M=1024), bio-unaligned-to-block (S=512, B=4096, M=6144), bio-spans-blocks (S=512, B=4096, M=16384), sector-equals-block (S=4096, B=4096, M=8192), large-sectors-and-blocks (S=4096, B=65536, M=16384), small-blocks (S=512, B=1024, M=4096), large-blocks-bio-not-dividing (S=512, B=16384, M=12288), sectors-1k-bio-not-dividing (S=1024, B=4096, M=3072), sectors-2k-bio-unaligned-above-block (S=2048, B=8192, M=20480)
; 40 queries; any sat is a counterexample (the rest need not be solved), all unsat means the property holds.
; case: 0 BIOs, geometry bio-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!10 (ite (< 0 a!9)
                 (ite (<= fileSize (+ offset a!9)) (+ offset a!9) fileSize)
                 fileSize))
      (a!11 (ite (<= (ite (< 0 a!9) (+ offset a!9) 0) a!7)
                 (ite (< 0 a!9) (+ offset a!9) 0)
                 a!7)))
(let ((a!12 (- (ite (<= a!5 a!11) a!11 a!5)
               (mod (ite (<= a!5 a!11) a!11 a!5) 4096)))
      (a!13 (= (mod (ite (<= a!5 a!11) a!11 a!5) 4096) 0)))
(let ((a!14 (ite (<= (+ a!12 (ite a!13 0 4096)) a!7)
                 (+ a!12 (ite a!13 0 4096))
                 a!7)))
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
       (not (and (= a!9 a!9) (= a!10 a!10) (= a!14 a!14)))))))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry bio-smaller-than-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!10 (ite (< 0 a!9)
                 (ite (<= fileSize (+ offset a!9)) (+ offset a!9) fileSize)
                 fileSize))
      (a!11 (ite (<= (ite (< 0 a!9) (+ offset a!9) 0) a!7)
                 (ite (< 0 a!9) (+ offset a!9) 0)
                 a!7)))
(let ((a!12 (- (ite (<= a!5 a!11) a!11 a!5)
               (mod (ite (<= a!5 a!11) a!11 a!5) 4096)))
      (a!13 (= (mod (ite (<= a!5 a!11) a!11 a!5) 4096) 0)))
(let ((a!14 (ite (<= (+ a!12 (ite a!13 0 4096)) a!7)
                 (+ a!12 (ite a!13 0 4096))
                 a!7)))
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
       (not (and (= a!9 a!9) (= a!10 a!10) (= a!14 a!14)))))))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry bio-unaligned-to-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!10 (ite (< 0 a!9)
                 (ite (<= fileSize (+ offset a!9)) (+ offset a!9) fileSize)
                 fileSize))
      (a!11 (ite (<= (ite (< 0 a!9) (+ offset a!9) 0) a!7)
                 (ite (< 0 a!9) (+ offset a!9) 0)
                 a!7)))
(let ((a!12 (- (ite (<= a!5 a!11) a!11 a!5)
               (mod (ite (<= a!5 a!11) a!11 a!5) 4096)))
      (a!13 (= (mod (ite (<= a!5 a!11) a!11 a!5) 4096) 0)))
(let ((a!14 (ite (<= (+ a!12 (ite a!13 0 4096)) a!7)
                 (+ a!12 (ite a!13 0 4096))
                 a!7)))
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
       (not (and (= a!9 a!9) (= a!10 a!10) (= a!14 a!14)))))))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry bio-spans-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!10 (ite (< 0 a!9)
                 (ite (<= fileSize (+ offset a!9)) (+ offset a!9) fileSize)
                 fileSize))
      (a!11 (ite (<= (ite (< 0 a!9) (+ offset a!9) 0) a!7)
                 (ite (< 0 a!9) (+ offset a!9) 0)
                 a!7)))
(let ((a!12 (- (ite (<= a!5 a!11) a!11 a!5)
               (mod (ite (<= a!5 a!11) a!11 a!5) 4096)))
      (a!13 (= (mod (ite (<= a!5 a!11) a!11 a!5) 4096) 0)))
(let ((a!14 (ite (<= (+ a!12 (ite a!13 0 4096)) a!7)
                 (+ a!12 (ite a!13 0 4096))
                 a!7)))
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
       (not (and (= a!9 a!9) (= a!10 a!10) (= a!14 a!14)))))))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry sector-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!10 (ite (< 0 a!9)
                 (ite (<= fileSize (+ offset a!9)) (+ offset a!9) fileSize)
                 fileSize))
      (a!11 (ite (<= (ite (< 0 a!9) (+ offset a!9) 0) a!7)
                 (ite (< 0 a!9) (+ offset a!9) 0)
                 a!7)))
(let ((a!12 (- (ite (<= a!5 a!11) a!11 a!5)
               (mod (ite (<= a!5 a!11) a!11 a!5) 4096)))
      (a!13 (= (mod (ite (<= a!5 a!11) a!11 a!5) 4096) 0)))
(let ((a!14 (ite (<= (+ a!12 (ite a!13 0 4096)) a!7)
                 (+ a!12 (ite a!13 0 4096))
                 a!7)))
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
       (not (and (= a!9 a!9) (= a!10 a!10) (= a!14 a!14)))))))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry large-sectors-and-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!10 (ite (< 0 a!9)
                 (ite (<= fileSize (+ offset a!9)) (+ offset a!9) fileSize)
                 fileSize))
      (a!11 (ite (<= (ite (< 0 a!9) (+ offset a!9) 0) a!7)
                 (ite (< 0 a!9) (+ offset a!9) 0)
                 a!7)))
(let ((a!12 (- (ite (<= a!5 a!11) a!11 a!5)
               (mod (ite (<= a!5 a!11) a!11 a!5) 65536)))
      (a!13 (= (mod (ite (<= a!5 a!11) a!11 a!5) 65536) 0)))
(let ((a!14 (ite (<= (+ a!12 (ite a!13 0 65536)) a!7)
                 (+ a!12 (ite a!13 0 65536))
                 a!7)))
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
       (not (and (= a!9 a!9) (= a!10 a!10) (= a!14 a!14)))))))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry small-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!10 (ite (< 0 a!9)
                 (ite (<= fileSize (+ offset a!9)) (+ offset a!9) fileSize)
                 fileSize))
      (a!11 (ite (<= (ite (< 0 a!9) (+ offset a!9) 0) a!7)
                 (ite (< 0 a!9) (+ offset a!9) 0)
                 a!7)))
(let ((a!12 (- (ite (<= a!5 a!11) a!11 a!5)
               (mod (ite (<= a!5 a!11) a!11 a!5) 1024)))
      (a!13 (= (mod (ite (<= a!5 a!11) a!11 a!5) 1024) 0)))
(let ((a!14 (ite (<= (+ a!12 (ite a!13 0 1024)) a!7)
                 (+ a!12 (ite a!13 0 1024))
                 a!7)))
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
       (not (and (= a!9 a!9) (= a!10 a!10) (= a!14 a!14)))))))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry large-blocks-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!10 (ite (< 0 a!9)
                 (ite (<= fileSize (+ offset a!9)) (+ offset a!9) fileSize)
                 fileSize))
      (a!11 (ite (<= (ite (< 0 a!9) (+ offset a!9) 0) a!7)
                 (ite (< 0 a!9) (+ offset a!9) 0)
                 a!7)))
(let ((a!12 (- (ite (<= a!5 a!11) a!11 a!5)
               (mod (ite (<= a!5 a!11) a!11 a!5) 16384)))
      (a!13 (= (mod (ite (<= a!5 a!11) a!11 a!5) 16384) 0)))
(let ((a!14 (ite (<= (+ a!12 (ite a!13 0 16384)) a!7)
                 (+ a!12 (ite a!13 0 16384))
                 a!7)))
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
       (not (and (= a!9 a!9) (= a!10 a!10) (= a!14 a!14)))))))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry sectors-1k-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!10 (ite (< 0 a!9)
                 (ite (<= fileSize (+ offset a!9)) (+ offset a!9) fileSize)
                 fileSize))
      (a!11 (ite (<= (ite (< 0 a!9) (+ offset a!9) 0) a!7)
                 (ite (< 0 a!9) (+ offset a!9) 0)
                 a!7)))
(let ((a!12 (- (ite (<= a!5 a!11) a!11 a!5)
               (mod (ite (<= a!5 a!11) a!11 a!5) 4096)))
      (a!13 (= (mod (ite (<= a!5 a!11) a!11 a!5) 4096) 0)))
(let ((a!14 (ite (<= (+ a!12 (ite a!13 0 4096)) a!7)
                 (+ a!12 (ite a!13 0 4096))
                 a!7)))
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
       (not (and (= a!9 a!9) (= a!10 a!10) (= a!14 a!14)))))))))))))))
(check-sat)
(reset)
; case: 0 BIOs, geometry sectors-2k-bio-unaligned-above-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!10 (ite (< 0 a!9)
                 (ite (<= fileSize (+ offset a!9)) (+ offset a!9) fileSize)
                 fileSize))
      (a!11 (ite (<= (ite (< 0 a!9) (+ offset a!9) 0) a!7)
                 (ite (< 0 a!9) (+ offset a!9) 0)
                 a!7)))
(let ((a!12 (- (ite (<= a!5 a!11) a!11 a!5)
               (mod (ite (<= a!5 a!11) a!11 a!5) 8192)))
      (a!13 (= (mod (ite (<= a!5 a!11) a!11 a!5) 8192) 0)))
(let ((a!14 (ite (<= (+ a!12 (ite a!13 0 8192)) a!7)
                 (+ a!12 (ite a!13 0 8192))
                 a!7)))
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
       (not (and (= a!9 a!9) (= a!10 a!10) (= a!14 a!14)))))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!11 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!10 (ite (not failed_0) (- (+ (+ offset 0) a!9) (+ offset 0)) 0))
      (a!12 (ite (< 0 (- a!11 offset))
                 (- a!11 offset)
                 (ite (and failed_0 (= a!11 offset)) (- 5) (- 28)))))
(let ((a!13 (ite (< 0 (+ 0 a!10)) (+ 0 a!10) a!12)))
(let ((a!14 (ite (< 0 a!13)
                 (ite (<= fileSize (+ offset a!13)) (+ offset a!13) fileSize)
                 fileSize))
      (a!15 (ite (<= (ite (< 0 a!13) (+ offset a!13) 0) a!7)
                 (ite (< 0 a!13) (+ offset a!13) 0)
                 a!7)))
(let ((a!16 (- (ite (<= a!5 a!15) a!15 a!5)
               (mod (ite (<= a!5 a!15) a!15 a!5) 4096)))
      (a!17 (= (mod (ite (<= a!5 a!15) a!15 a!5) 4096) 0)))
(let ((a!18 (ite (<= (+ a!16 (ite a!17 0 4096)) a!7)
                 (+ a!16 (ite a!17 0 4096))
                 a!7)))
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
       (not (and (= a!13 a!13) (= a!14 a!14) (= a!18 a!18)))))))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-smaller-than-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0))))
      (a!11 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!10 (ite (not failed_0) (- (+ (+ offset 0) a!9) (+ offset 0)) 0))
      (a!12 (ite (< 0 (- a!11 offset))
                 (- a!11 offset)
                 (ite (and failed_0 (= a!11 offset)) (- 5) (- 28)))))
(let ((a!13 (ite (< 0 (+ 0 a!10)) (+ 0 a!10) a!12)))
(let ((a!14 (ite (< 0 a!13)
                 (ite (<= fileSize (+ offset a!13)) (+ offset a!13) fileSize)
                 fileSize))
      (a!15 (ite (<= (ite (< 0 a!13) (+ offset a!13) 0) a!7)
                 (ite (< 0 a!13) (+ offset a!13) 0)
                 a!7)))
(let ((a!16 (- (ite (<= a!5 a!15) a!15 a!5)
               (mod (ite (<= a!5 a!15) a!15 a!5) 4096)))
      (a!17 (= (mod (ite (<= a!5 a!15) a!15 a!5) 4096) 0)))
(let ((a!18 (ite (<= (+ a!16 (ite a!17 0 4096)) a!7)
                 (+ a!16 (ite a!17 0 4096))
                 a!7)))
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
       (not (and (= a!13 a!13) (= a!14 a!14) (= a!18 a!18)))))))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-unaligned-to-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0))))
      (a!11 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!10 (ite (not failed_0) (- (+ (+ offset 0) a!9) (+ offset 0)) 0))
      (a!12 (ite (< 0 (- a!11 offset))
                 (- a!11 offset)
                 (ite (and failed_0 (= a!11 offset)) (- 5) (- 28)))))
(let ((a!13 (ite (< 0 (+ 0 a!10)) (+ 0 a!10) a!12)))
(let ((a!14 (ite (< 0 a!13)
                 (ite (<= fileSize (+ offset a!13)) (+ offset a!13) fileSize)
                 fileSize))
      (a!15 (ite (<= (ite (< 0 a!13) (+ offset a!13) 0) a!7)
                 (ite (< 0 a!13) (+ offset a!13) 0)
                 a!7)))
(let ((a!16 (- (ite (<= a!5 a!15) a!15 a!5)
               (mod (ite (<= a!5 a!15) a!15 a!5) 4096)))
      (a!17 (= (mod (ite (<= a!5 a!15) a!15 a!5) 4096) 0)))
(let ((a!18 (ite (<= (+ a!16 (ite a!17 0 4096)) a!7)
                 (+ a!16 (ite a!17 0 4096))
                 a!7)))
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
       (not (and (= a!13 a!13) (= a!14 a!14) (= a!18 a!18)))))))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry bio-spans-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!11 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!10 (ite (not failed_0) (- (+ (+ offset 0) a!9) (+ offset 0)) 0))
      (a!12 (ite (< 0 (- a!11 offset))
                 (- a!11 offset)
                 (ite (and failed_0 (= a!11 offset)) (- 5) (- 28)))))
(let ((a!13 (ite (< 0 (+ 0 a!10)) (+ 0 a!10) a!12)))
(let ((a!14 (ite (< 0 a!13)
                 (ite (<= fileSize (+ offset a!13)) (+ offset a!13) fileSize)
                 fileSize))
      (a!15 (ite (<= (ite (< 0 a!13) (+ offset a!13) 0) a!7)
                 (ite (< 0 a!13) (+ offset a!13) 0)
                 a!7)))
(let ((a!16 (- (ite (<= a!5 a!15) a!15 a!5)
               (mod (ite (<= a!5 a!15) a!15 a!5) 4096)))
      (a!17 (= (mod (ite (<= a!5 a!15) a!15 a!5) 4096) 0)))
(let ((a!18 (ite (<= (+ a!16 (ite a!17 0 4096)) a!7)
                 (+ a!16 (ite a!17 0 4096))
                 a!7)))
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
       (not (and (= a!13 a!13) (= a!14 a!14) (= a!18 a!18)))))))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry sector-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0))))
      (a!11 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!10 (ite (not failed_0) (- (+ (+ offset 0) a!9) (+ offset 0)) 0))
      (a!12 (ite (< 0 (- a!11 offset))
                 (- a!11 offset)
                 (ite (and failed_0 (= a!11 offset)) (- 5) (- 28)))))
(let ((a!13 (ite (< 0 (+ 0 a!10)) (+ 0 a!10) a!12)))
(let ((a!14 (ite (< 0 a!13)
                 (ite (<= fileSize (+ offset a!13)) (+ offset a!13) fileSize)
                 fileSize))
      (a!15 (ite (<= (ite (< 0 a!13) (+ offset a!13) 0) a!7)
                 (ite (< 0 a!13) (+ offset a!13) 0)
                 a!7)))
(let ((a!16 (- (ite (<= a!5 a!15) a!15 a!5)
               (mod (ite (<= a!5 a!15) a!15 a!5) 4096)))
      (a!17 (= (mod (ite (<= a!5 a!15) a!15 a!5) 4096) 0)))
(let ((a!18 (ite (<= (+ a!16 (ite a!17 0 4096)) a!7)
                 (+ a!16 (ite a!17 0 4096))
                 a!7)))
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
       (not (and (= a!13 a!13) (= a!14 a!14) (= a!18 a!18)))))))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry large-sectors-and-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!11 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!10 (ite (not failed_0) (- (+ (+ offset 0) a!9) (+ offset 0)) 0))
      (a!12 (ite (< 0 (- a!11 offset))
                 (- a!11 offset)
                 (ite (and failed_0 (= a!11 offset)) (- 5) (- 28)))))
(let ((a!13 (ite (< 0 (+ 0 a!10)) (+ 0 a!10) a!12)))
(let ((a!14 (ite (< 0 a!13)
                 (ite (<= fileSize (+ offset a!13)) (+ offset a!13) fileSize)
                 fileSize))
      (a!15 (ite (<= (ite (< 0 a!13) (+ offset a!13) 0) a!7)
                 (ite (< 0 a!13) (+ offset a!13) 0)
                 a!7)))
(let ((a!16 (- (ite (<= a!5 a!15) a!15 a!5)
               (mod (ite (<= a!5 a!15) a!15 a!5) 65536)))
      (a!17 (= (mod (ite (<= a!5 a!15) a!15 a!5) 65536) 0)))
(let ((a!18 (ite (<= (+ a!16 (ite a!17 0 65536)) a!7)
                 (+ a!16 (ite a!17 0 65536))
                 a!7)))
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
       (not (and (= a!13 a!13) (= a!14 a!14) (= a!18 a!18)))))))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry small-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!11 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!10 (ite (not failed_0) (- (+ (+ offset 0) a!9) (+ offset 0)) 0))
      (a!12 (ite (< 0 (- a!11 offset))
                 (- a!11 offset)
                 (ite (and failed_0 (= a!11 offset)) (- 5) (- 28)))))
(let ((a!13 (ite (< 0 (+ 0 a!10)) (+ 0 a!10) a!12)))
(let ((a!14 (ite (< 0 a!13)
                 (ite (<= fileSize (+ offset a!13)) (+ offset a!13) fileSize)
                 fileSize))
      (a!15 (ite (<= (ite (< 0 a!13) (+ offset a!13) 0) a!7)
                 (ite (< 0 a!13) (+ offset a!13) 0)
                 a!7)))
(let ((a!16 (- (ite (<= a!5 a!15) a!15 a!5)
               (mod (ite (<= a!5 a!15) a!15 a!5) 1024)))
      (a!17 (= (mod (ite (<= a!5 a!15) a!15 a!5) 1024) 0)))
(let ((a!18 (ite (<= (+ a!16 (ite a!17 0 1024)) a!7)
                 (+ a!16 (ite a!17 0 1024))
                 a!7)))
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
       (not (and (= a!13 a!13) (= a!14 a!14) (= a!18 a!18)))))))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry large-blocks-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (ite (<= 12288 (- a!8 (+ offset 0))) 12288 (- a!8 (+ offset 0))))
      (a!11 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!10 (ite (not failed_0) (- (+ (+ offset 0) a!9) (+ offset 0)) 0))
      (a!12 (ite (< 0 (- a!11 offset))
                 (- a!11 offset)
                 (ite (and failed_0 (= a!11 offset)) (- 5) (- 28)))))
(let ((a!13 (ite (< 0 (+ 0 a!10)) (+ 0 a!10) a!12)))
(let ((a!14 (ite (< 0 a!13)
                 (ite (<= fileSize (+ offset a!13)) (+ offset a!13) fileSize)
                 fileSize))
      (a!15 (ite (<= (ite (< 0 a!13) (+ offset a!13) 0) a!7)
                 (ite (< 0 a!13) (+ offset a!13) 0)
                 a!7)))
(let ((a!16 (- (ite (<= a!5 a!15) a!15 a!5)
               (mod (ite (<= a!5 a!15) a!15 a!5) 16384)))
      (a!17 (= (mod (ite (<= a!5 a!15) a!15 a!5) 16384) 0)))
(let ((a!18 (ite (<= (+ a!16 (ite a!17 0 16384)) a!7)
                 (+ a!16 (ite a!17 0 16384))
                 a!7)))
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
       (not (and (= a!13 a!13) (= a!14 a!14) (= a!18 a!18)))))))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry sectors-1k-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (ite (<= 3072 (- a!8 (+ offset 0))) 3072 (- a!8 (+ offset 0))))
      (a!11 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!10 (ite (not failed_0) (- (+ (+ offset 0) a!9) (+ offset 0)) 0))
      (a!12 (ite (< 0 (- a!11 offset))
                 (- a!11 offset)
                 (ite (and failed_0 (= a!11 offset)) (- 5) (- 28)))))
(let ((a!13 (ite (< 0 (+ 0 a!10)) (+ 0 a!10) a!12)))
(let ((a!14 (ite (< 0 a!13)
                 (ite (<= fileSize (+ offset a!13)) (+ offset a!13) fileSize)
                 fileSize))
      (a!15 (ite (<= (ite (< 0 a!13) (+ offset a!13) 0) a!7)
                 (ite (< 0 a!13) (+ offset a!13) 0)
                 a!7)))
(let ((a!16 (- (ite (<= a!5 a!15) a!15 a!5)
               (mod (ite (<= a!5 a!15) a!15 a!5) 4096)))
      (a!17 (= (mod (ite (<= a!5 a!15) a!15 a!5) 4096) 0)))
(let ((a!18 (ite (<= (+ a!16 (ite a!17 0 4096)) a!7)
                 (+ a!16 (ite a!17 0 4096))
                 a!7)))
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
       (not (and (= a!13 a!13) (= a!14 a!14) (= a!18 a!18)))))))))))))))))
(check-sat)
(reset)
; case: 1 BIOs, geometry sectors-2k-bio-unaligned-above-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
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
(let ((a!9 (ite (<= 20480 (- a!8 (+ offset 0))) 20480 (- a!8 (+ offset 0))))
      (a!11 (ite (and failed_0 (< (+ offset 0) a!8)) (+ offset 0) a!8)))
(let ((a!10 (ite (not failed_0) (- (+ (+ offset 0) a!9) (+ offset 0)) 0))
      (a!12 (ite (< 0 (- a!11 offset))
                 (- a!11 offset)
                 (ite (and failed_0 (= a!11 offset)) (- 5) (- 28)))))
(let ((a!13 (ite (< 0 (+ 0 a!10)) (+ 0 a!10) a!12)))
(let ((a!14 (ite (< 0 a!13)
                 (ite (<= fileSize (+ offset a!13)) (+ offset a!13) fileSize)
                 fileSize))
      (a!15 (ite (<= (ite (< 0 a!13) (+ offset a!13) 0) a!7)
                 (ite (< 0 a!13) (+ offset a!13) 0)
                 a!7)))
(let ((a!16 (- (ite (<= a!5 a!15) a!15 a!5)
               (mod (ite (<= a!5 a!15) a!15 a!5) 8192)))
      (a!17 (= (mod (ite (<= a!5 a!15) a!15 a!5) 8192) 0)))
(let ((a!18 (ite (<= (+ a!16 (ite a!17 0 8192)) a!7)
                 (+ a!16 (ite a!17 0 8192))
                 a!7)))
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
       (not (and (= a!13 a!13) (= a!14 a!14) (= a!18 a!18)))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_bio_equals_block_n2_r0_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
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
(let ((a!9 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!10 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!15 (and (ite arrival_bio_equals_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_equals_block_n2_r0_s0
                         (+ offset 4096)
                         (+ offset 0))
                    a!8)))
      (a!25 (and (ite alternate_bio_equals_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite alternate_bio_equals_block_n2_r0_s0
                         (+ offset 4096)
                         (+ offset 0))
                    a!8))))
(let ((a!11 (- (ite arrival_bio_equals_block_n2_r0_s0
                    (+ (+ offset 4096) a!9)
                    (+ (+ offset 0) a!10))
               (ite arrival_bio_equals_block_n2_r0_s0
                    (+ offset 4096)
                    (+ offset 0))))
      (a!12 (- (ite arrival_bio_equals_block_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 4096) a!9))
               (ite arrival_bio_equals_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 4096))))
      (a!16 (ite a!15
                 (ite arrival_bio_equals_block_n2_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!8))
      (a!21 (- (ite alternate_bio_equals_block_n2_r0_s0
                    (+ (+ offset 4096) a!9)
                    (+ (+ offset 0) a!10))
               (ite alternate_bio_equals_block_n2_r0_s0
                    (+ offset 4096)
                    (+ offset 0))))
      (a!22 (- (ite alternate_bio_equals_block_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 4096) a!9))
               (ite alternate_bio_equals_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 4096))))
      (a!26 (ite a!25
                 (ite alternate_bio_equals_block_n2_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!8)))
(let ((a!13 (ite (not (or (ite arrival_bio_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_equals_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!12
                 0))
      (a!17 (and (ite arrival_bio_equals_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_equals_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 4096))
                    a!16)))
      (a!23 (ite (not (or (ite alternate_bio_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_bio_equals_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!22
                 0))
      (a!27 (and (ite alternate_bio_equals_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite alternate_bio_equals_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 4096))
                    a!26))))
(let ((a!14 (+ 0
               (ite (not (ite arrival_bio_equals_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!11
                    0)
               a!13))
      (a!18 (ite a!17
                 (ite arrival_bio_equals_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 a!16))
      (a!24 (+ 0
               (ite (not (ite alternate_bio_equals_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!21
                    0)
               a!23))
      (a!28 (ite a!27
                 (ite alternate_bio_equals_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 a!26)))
(let ((a!19 (ite (and (or (ite arrival_bio_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_equals_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!18 offset))
                 (- 5)
                 (- 28)))
      (a!29 (ite (and (or (ite alternate_bio_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_bio_equals_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!28 offset))
                 (- 5)
                 (- 28))))
(let ((a!20 (ite (< 0 a!14)
                 a!14
                 (ite (< 0 (- a!18 offset)) (- a!18 offset) a!19)))
      (a!30 (ite (< 0 a!24)
                 a!24
                 (ite (< 0 (- a!28 offset)) (- a!28 offset) a!29))))
(let ((a!31 (ite (< 0 a!20)
                 (ite (<= fileSize (+ offset a!20)) (+ offset a!20) fileSize)
                 fileSize))
      (a!32 (ite (< 0 a!30)
                 (ite (<= fileSize (+ offset a!30)) (+ offset a!30) fileSize)
                 fileSize))
      (a!33 (ite (<= (ite (< 0 a!20) (+ offset a!20) 0) a!7)
                 (ite (< 0 a!20) (+ offset a!20) 0)
                 a!7))
      (a!37 (ite (<= (ite (< 0 a!30) (+ offset a!30) 0) a!7)
                 (ite (< 0 a!30) (+ offset a!30) 0)
                 a!7)))
(let ((a!34 (- (ite (<= a!5 a!33) a!33 a!5)
               (mod (ite (<= a!5 a!33) a!33 a!5) 4096)))
      (a!35 (= (mod (ite (<= a!5 a!33) a!33 a!5) 4096) 0))
      (a!38 (- (ite (<= a!5 a!37) a!37 a!5)
               (mod (ite (<= a!5 a!37) a!37 a!5) 4096)))
      (a!39 (= (mod (ite (<= a!5 a!37) a!37 a!5) 4096) 0)))
(let ((a!36 (ite (<= (+ a!34 (ite a!35 0 4096)) a!7)
                 (+ a!34 (ite a!35 0 4096))
                 a!7))
      (a!40 (ite (<= (+ a!38 (ite a!39 0 4096)) a!7)
                 (+ a!38 (ite a!39 0 4096))
                 a!7)))
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
       (not (and (= a!20 a!30) (= a!31 a!32) (= a!36 a!40))))))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-smaller-than-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_bio_smaller_than_block_n2_r0_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
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
(let ((a!9 (ite (<= 1024 (- a!8 (+ offset 1024))) 1024 (- a!8 (+ offset 1024))))
      (a!10 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0))))
      (a!15 (and (ite arrival_bio_smaller_than_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_smaller_than_block_n2_r0_s0
                         (+ offset 1024)
                         (+ offset 0))
                    a!8)))
      (a!25 (and (ite alternate_bio_smaller_than_block_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite alternate_bio_smaller_than_block_n2_r0_s0
                         (+ offset 1024)
                         (+ offset 0))
                    a!8))))
(let ((a!11 (- (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ (+ offset 1024) a!9)
                    (+ (+ offset 0) a!10))
               (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ offset 1024)
                    (+ offset 0))))
      (a!12 (- (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 1024) a!9))
               (ite arrival_bio_smaller_than_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 1024))))
      (a!16 (ite a!15
                 (ite arrival_bio_smaller_than_block_n2_r0_s0
                      (+ offset 1024)
                      (+ offset 0))
                 a!8))
      (a!21 (- (ite alternate_bio_smaller_than_block_n2_r0_s0
                    (+ (+ offset 1024) a!9)
                    (+ (+ offset 0) a!10))
               (ite alternate_bio_smaller_than_block_n2_r0_s0
                    (+ offset 1024)
                    (+ offset 0))))
      (a!22 (- (ite alternate_bio_smaller_than_block_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 1024) a!9))
               (ite alternate_bio_smaller_than_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 1024))))
      (a!26 (ite a!25
                 (ite alternate_bio_smaller_than_block_n2_r0_s0
                      (+ offset 1024)
                      (+ offset 0))
                 a!8)))
(let ((a!13 (ite (not (or (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!12
                 0))
      (a!17 (and (ite arrival_bio_smaller_than_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_smaller_than_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 1024))
                    a!16)))
      (a!23 (ite (not (or (ite alternate_bio_smaller_than_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_bio_smaller_than_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!22
                 0))
      (a!27 (and (ite alternate_bio_smaller_than_block_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite alternate_bio_smaller_than_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 1024))
                    a!26))))
(let ((a!14 (+ 0
               (ite (not (ite arrival_bio_smaller_than_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!11
                    0)
               a!13))
      (a!18 (ite a!17
                 (ite arrival_bio_smaller_than_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 1024))
                 a!16))
      (a!24 (+ 0
               (ite (not (ite alternate_bio_smaller_than_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!21
                    0)
               a!23))
      (a!28 (ite a!27
                 (ite alternate_bio_smaller_than_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 1024))
                 a!26)))
(let ((a!19 (ite (and (or (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_smaller_than_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!18 offset))
                 (- 5)
                 (- 28)))
      (a!29 (ite (and (or (ite alternate_bio_smaller_than_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_bio_smaller_than_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!28 offset))
                 (- 5)
                 (- 28))))
(let ((a!20 (ite (< 0 a!14)
                 a!14
                 (ite (< 0 (- a!18 offset)) (- a!18 offset) a!19)))
      (a!30 (ite (< 0 a!24)
                 a!24
                 (ite (< 0 (- a!28 offset)) (- a!28 offset) a!29))))
(let ((a!31 (ite (< 0 a!20)
                 (ite (<= fileSize (+ offset a!20)) (+ offset a!20) fileSize)
                 fileSize))
      (a!32 (ite (< 0 a!30)
                 (ite (<= fileSize (+ offset a!30)) (+ offset a!30) fileSize)
                 fileSize))
      (a!33 (ite (<= (ite (< 0 a!20) (+ offset a!20) 0) a!7)
                 (ite (< 0 a!20) (+ offset a!20) 0)
                 a!7))
      (a!37 (ite (<= (ite (< 0 a!30) (+ offset a!30) 0) a!7)
                 (ite (< 0 a!30) (+ offset a!30) 0)
                 a!7)))
(let ((a!34 (- (ite (<= a!5 a!33) a!33 a!5)
               (mod (ite (<= a!5 a!33) a!33 a!5) 4096)))
      (a!35 (= (mod (ite (<= a!5 a!33) a!33 a!5) 4096) 0))
      (a!38 (- (ite (<= a!5 a!37) a!37 a!5)
               (mod (ite (<= a!5 a!37) a!37 a!5) 4096)))
      (a!39 (= (mod (ite (<= a!5 a!37) a!37 a!5) 4096) 0)))
(let ((a!36 (ite (<= (+ a!34 (ite a!35 0 4096)) a!7)
                 (+ a!34 (ite a!35 0 4096))
                 a!7))
      (a!40 (ite (<= (+ a!38 (ite a!39 0 4096)) a!7)
                 (+ a!38 (ite a!39 0 4096))
                 a!7)))
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
       (not (and (= a!20 a!30) (= a!31 a!32) (= a!36 a!40))))))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-unaligned-to-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_bio_unaligned_to_block_n2_r0_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
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
(let ((a!9 (ite (<= 6144 (- a!8 (+ offset 6144))) 6144 (- a!8 (+ offset 6144))))
      (a!10 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0))))
      (a!15 (and (ite arrival_bio_unaligned_to_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_unaligned_to_block_n2_r0_s0
                         (+ offset 6144)
                         (+ offset 0))
                    a!8)))
      (a!25 (and (ite alternate_bio_unaligned_to_block_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite alternate_bio_unaligned_to_block_n2_r0_s0
                         (+ offset 6144)
                         (+ offset 0))
                    a!8))))
(let ((a!11 (- (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ (+ offset 6144) a!9)
                    (+ (+ offset 0) a!10))
               (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ offset 6144)
                    (+ offset 0))))
      (a!12 (- (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 6144) a!9))
               (ite arrival_bio_unaligned_to_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 6144))))
      (a!16 (ite a!15
                 (ite arrival_bio_unaligned_to_block_n2_r0_s0
                      (+ offset 6144)
                      (+ offset 0))
                 a!8))
      (a!21 (- (ite alternate_bio_unaligned_to_block_n2_r0_s0
                    (+ (+ offset 6144) a!9)
                    (+ (+ offset 0) a!10))
               (ite alternate_bio_unaligned_to_block_n2_r0_s0
                    (+ offset 6144)
                    (+ offset 0))))
      (a!22 (- (ite alternate_bio_unaligned_to_block_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 6144) a!9))
               (ite alternate_bio_unaligned_to_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 6144))))
      (a!26 (ite a!25
                 (ite alternate_bio_unaligned_to_block_n2_r0_s0
                      (+ offset 6144)
                      (+ offset 0))
                 a!8)))
(let ((a!13 (ite (not (or (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!12
                 0))
      (a!17 (and (ite arrival_bio_unaligned_to_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_unaligned_to_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 6144))
                    a!16)))
      (a!23 (ite (not (or (ite alternate_bio_unaligned_to_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_bio_unaligned_to_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!22
                 0))
      (a!27 (and (ite alternate_bio_unaligned_to_block_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite alternate_bio_unaligned_to_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 6144))
                    a!26))))
(let ((a!14 (+ 0
               (ite (not (ite arrival_bio_unaligned_to_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!11
                    0)
               a!13))
      (a!18 (ite a!17
                 (ite arrival_bio_unaligned_to_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 6144))
                 a!16))
      (a!24 (+ 0
               (ite (not (ite alternate_bio_unaligned_to_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!21
                    0)
               a!23))
      (a!28 (ite a!27
                 (ite alternate_bio_unaligned_to_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 6144))
                 a!26)))
(let ((a!19 (ite (and (or (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_unaligned_to_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!18 offset))
                 (- 5)
                 (- 28)))
      (a!29 (ite (and (or (ite alternate_bio_unaligned_to_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_bio_unaligned_to_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!28 offset))
                 (- 5)
                 (- 28))))
(let ((a!20 (ite (< 0 a!14)
                 a!14
                 (ite (< 0 (- a!18 offset)) (- a!18 offset) a!19)))
      (a!30 (ite (< 0 a!24)
                 a!24
                 (ite (< 0 (- a!28 offset)) (- a!28 offset) a!29))))
(let ((a!31 (ite (< 0 a!20)
                 (ite (<= fileSize (+ offset a!20)) (+ offset a!20) fileSize)
                 fileSize))
      (a!32 (ite (< 0 a!30)
                 (ite (<= fileSize (+ offset a!30)) (+ offset a!30) fileSize)
                 fileSize))
      (a!33 (ite (<= (ite (< 0 a!20) (+ offset a!20) 0) a!7)
                 (ite (< 0 a!20) (+ offset a!20) 0)
                 a!7))
      (a!37 (ite (<= (ite (< 0 a!30) (+ offset a!30) 0) a!7)
                 (ite (< 0 a!30) (+ offset a!30) 0)
                 a!7)))
(let ((a!34 (- (ite (<= a!5 a!33) a!33 a!5)
               (mod (ite (<= a!5 a!33) a!33 a!5) 4096)))
      (a!35 (= (mod (ite (<= a!5 a!33) a!33 a!5) 4096) 0))
      (a!38 (- (ite (<= a!5 a!37) a!37 a!5)
               (mod (ite (<= a!5 a!37) a!37 a!5) 4096)))
      (a!39 (= (mod (ite (<= a!5 a!37) a!37 a!5) 4096) 0)))
(let ((a!36 (ite (<= (+ a!34 (ite a!35 0 4096)) a!7)
                 (+ a!34 (ite a!35 0 4096))
                 a!7))
      (a!40 (ite (<= (+ a!38 (ite a!39 0 4096)) a!7)
                 (+ a!38 (ite a!39 0 4096))
                 a!7)))
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
       (not (and (= a!20 a!30) (= a!31 a!32) (= a!36 a!40))))))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry bio-spans-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_bio_spans_blocks_n2_r0_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
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
(let ((a!9 (ite (<= 16384 (- a!8 (+ offset 16384)))
                16384
                (- a!8 (+ offset 16384))))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!15 (and (ite arrival_bio_spans_blocks_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_bio_spans_blocks_n2_r0_s0
                         (+ offset 16384)
                         (+ offset 0))
                    a!8)))
      (a!25 (and (ite alternate_bio_spans_blocks_n2_r0_s0 failed_1 failed_0)
                 (< (ite alternate_bio_spans_blocks_n2_r0_s0
                         (+ offset 16384)
                         (+ offset 0))
                    a!8))))
(let ((a!11 (- (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ (+ offset 16384) a!9)
                    (+ (+ offset 0) a!10))
               (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ offset 16384)
                    (+ offset 0))))
      (a!12 (- (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 16384) a!9))
               (ite arrival_bio_spans_blocks_n2_r0_s0
                    (+ offset 0)
                    (+ offset 16384))))
      (a!16 (ite a!15
                 (ite arrival_bio_spans_blocks_n2_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!8))
      (a!21 (- (ite alternate_bio_spans_blocks_n2_r0_s0
                    (+ (+ offset 16384) a!9)
                    (+ (+ offset 0) a!10))
               (ite alternate_bio_spans_blocks_n2_r0_s0
                    (+ offset 16384)
                    (+ offset 0))))
      (a!22 (- (ite alternate_bio_spans_blocks_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 16384) a!9))
               (ite alternate_bio_spans_blocks_n2_r0_s0
                    (+ offset 0)
                    (+ offset 16384))))
      (a!26 (ite a!25
                 (ite alternate_bio_spans_blocks_n2_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!8)))
(let ((a!13 (ite (not (or (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!12
                 0))
      (a!17 (and (ite arrival_bio_spans_blocks_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_bio_spans_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 16384))
                    a!16)))
      (a!23 (ite (not (or (ite alternate_bio_spans_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_bio_spans_blocks_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!22
                 0))
      (a!27 (and (ite alternate_bio_spans_blocks_n2_r0_s0 failed_0 failed_1)
                 (< (ite alternate_bio_spans_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 16384))
                    a!26))))
(let ((a!14 (+ 0
               (ite (not (ite arrival_bio_spans_blocks_n2_r0_s0
                              failed_1
                              failed_0))
                    a!11
                    0)
               a!13))
      (a!18 (ite a!17
                 (ite arrival_bio_spans_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 a!16))
      (a!24 (+ 0
               (ite (not (ite alternate_bio_spans_blocks_n2_r0_s0
                              failed_1
                              failed_0))
                    a!21
                    0)
               a!23))
      (a!28 (ite a!27
                 (ite alternate_bio_spans_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 a!26)))
(let ((a!19 (ite (and (or (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_bio_spans_blocks_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!18 offset))
                 (- 5)
                 (- 28)))
      (a!29 (ite (and (or (ite alternate_bio_spans_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_bio_spans_blocks_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!28 offset))
                 (- 5)
                 (- 28))))
(let ((a!20 (ite (< 0 a!14)
                 a!14
                 (ite (< 0 (- a!18 offset)) (- a!18 offset) a!19)))
      (a!30 (ite (< 0 a!24)
                 a!24
                 (ite (< 0 (- a!28 offset)) (- a!28 offset) a!29))))
(let ((a!31 (ite (< 0 a!20)
                 (ite (<= fileSize (+ offset a!20)) (+ offset a!20) fileSize)
                 fileSize))
      (a!32 (ite (< 0 a!30)
                 (ite (<= fileSize (+ offset a!30)) (+ offset a!30) fileSize)
                 fileSize))
      (a!33 (ite (<= (ite (< 0 a!20) (+ offset a!20) 0) a!7)
                 (ite (< 0 a!20) (+ offset a!20) 0)
                 a!7))
      (a!37 (ite (<= (ite (< 0 a!30) (+ offset a!30) 0) a!7)
                 (ite (< 0 a!30) (+ offset a!30) 0)
                 a!7)))
(let ((a!34 (- (ite (<= a!5 a!33) a!33 a!5)
               (mod (ite (<= a!5 a!33) a!33 a!5) 4096)))
      (a!35 (= (mod (ite (<= a!5 a!33) a!33 a!5) 4096) 0))
      (a!38 (- (ite (<= a!5 a!37) a!37 a!5)
               (mod (ite (<= a!5 a!37) a!37 a!5) 4096)))
      (a!39 (= (mod (ite (<= a!5 a!37) a!37 a!5) 4096) 0)))
(let ((a!36 (ite (<= (+ a!34 (ite a!35 0 4096)) a!7)
                 (+ a!34 (ite a!35 0 4096))
                 a!7))
      (a!40 (ite (<= (+ a!38 (ite a!39 0 4096)) a!7)
                 (+ a!38 (ite a!39 0 4096))
                 a!7)))
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
       (not (and (= a!20 a!30) (= a!31 a!32) (= a!36 a!40))))))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry sector-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_sector_equals_block_n2_r0_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
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
(let ((a!9 (ite (<= 8192 (- a!8 (+ offset 8192))) 8192 (- a!8 (+ offset 8192))))
      (a!10 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0))))
      (a!15 (and (ite arrival_sector_equals_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_sector_equals_block_n2_r0_s0
                         (+ offset 8192)
                         (+ offset 0))
                    a!8)))
      (a!25 (and (ite alternate_sector_equals_block_n2_r0_s0 failed_1 failed_0)
                 (< (ite alternate_sector_equals_block_n2_r0_s0
                         (+ offset 8192)
                         (+ offset 0))
                    a!8))))
(let ((a!11 (- (ite arrival_sector_equals_block_n2_r0_s0
                    (+ (+ offset 8192) a!9)
                    (+ (+ offset 0) a!10))
               (ite arrival_sector_equals_block_n2_r0_s0
                    (+ offset 8192)
                    (+ offset 0))))
      (a!12 (- (ite arrival_sector_equals_block_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 8192) a!9))
               (ite arrival_sector_equals_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 8192))))
      (a!16 (ite a!15
                 (ite arrival_sector_equals_block_n2_r0_s0
                      (+ offset 8192)
                      (+ offset 0))
                 a!8))
      (a!21 (- (ite alternate_sector_equals_block_n2_r0_s0
                    (+ (+ offset 8192) a!9)
                    (+ (+ offset 0) a!10))
               (ite alternate_sector_equals_block_n2_r0_s0
                    (+ offset 8192)
                    (+ offset 0))))
      (a!22 (- (ite alternate_sector_equals_block_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 8192) a!9))
               (ite alternate_sector_equals_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 8192))))
      (a!26 (ite a!25
                 (ite alternate_sector_equals_block_n2_r0_s0
                      (+ offset 8192)
                      (+ offset 0))
                 a!8)))
(let ((a!13 (ite (not (or (ite arrival_sector_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sector_equals_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!12
                 0))
      (a!17 (and (ite arrival_sector_equals_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_sector_equals_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 8192))
                    a!16)))
      (a!23 (ite (not (or (ite alternate_sector_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_sector_equals_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!22
                 0))
      (a!27 (and (ite alternate_sector_equals_block_n2_r0_s0 failed_0 failed_1)
                 (< (ite alternate_sector_equals_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 8192))
                    a!26))))
(let ((a!14 (+ 0
               (ite (not (ite arrival_sector_equals_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!11
                    0)
               a!13))
      (a!18 (ite a!17
                 (ite arrival_sector_equals_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 8192))
                 a!16))
      (a!24 (+ 0
               (ite (not (ite alternate_sector_equals_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!21
                    0)
               a!23))
      (a!28 (ite a!27
                 (ite alternate_sector_equals_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 8192))
                 a!26)))
(let ((a!19 (ite (and (or (ite arrival_sector_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sector_equals_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!18 offset))
                 (- 5)
                 (- 28)))
      (a!29 (ite (and (or (ite alternate_sector_equals_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_sector_equals_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!28 offset))
                 (- 5)
                 (- 28))))
(let ((a!20 (ite (< 0 a!14)
                 a!14
                 (ite (< 0 (- a!18 offset)) (- a!18 offset) a!19)))
      (a!30 (ite (< 0 a!24)
                 a!24
                 (ite (< 0 (- a!28 offset)) (- a!28 offset) a!29))))
(let ((a!31 (ite (< 0 a!20)
                 (ite (<= fileSize (+ offset a!20)) (+ offset a!20) fileSize)
                 fileSize))
      (a!32 (ite (< 0 a!30)
                 (ite (<= fileSize (+ offset a!30)) (+ offset a!30) fileSize)
                 fileSize))
      (a!33 (ite (<= (ite (< 0 a!20) (+ offset a!20) 0) a!7)
                 (ite (< 0 a!20) (+ offset a!20) 0)
                 a!7))
      (a!37 (ite (<= (ite (< 0 a!30) (+ offset a!30) 0) a!7)
                 (ite (< 0 a!30) (+ offset a!30) 0)
                 a!7)))
(let ((a!34 (- (ite (<= a!5 a!33) a!33 a!5)
               (mod (ite (<= a!5 a!33) a!33 a!5) 4096)))
      (a!35 (= (mod (ite (<= a!5 a!33) a!33 a!5) 4096) 0))
      (a!38 (- (ite (<= a!5 a!37) a!37 a!5)
               (mod (ite (<= a!5 a!37) a!37 a!5) 4096)))
      (a!39 (= (mod (ite (<= a!5 a!37) a!37 a!5) 4096) 0)))
(let ((a!36 (ite (<= (+ a!34 (ite a!35 0 4096)) a!7)
                 (+ a!34 (ite a!35 0 4096))
                 a!7))
      (a!40 (ite (<= (+ a!38 (ite a!39 0 4096)) a!7)
                 (+ a!38 (ite a!39 0 4096))
                 a!7)))
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
       (not (and (= a!20 a!30) (= a!31 a!32) (= a!36 a!40))))))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry large-sectors-and-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_large_sectors_and_blocks_n2_r0_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
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
(let ((a!9 (ite (<= 16384 (- a!8 (+ offset 16384)))
                16384
                (- a!8 (+ offset 16384))))
      (a!10 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!15 (and (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite arrival_large_sectors_and_blocks_n2_r0_s0
                         (+ offset 16384)
                         (+ offset 0))
                    a!8)))
      (a!25 (and (ite alternate_large_sectors_and_blocks_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite alternate_large_sectors_and_blocks_n2_r0_s0
                         (+ offset 16384)
                         (+ offset 0))
                    a!8))))
(let ((a!11 (- (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ (+ offset 16384) a!9)
                    (+ (+ offset 0) a!10))
               (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ offset 16384)
                    (+ offset 0))))
      (a!12 (- (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 16384) a!9))
               (ite arrival_large_sectors_and_blocks_n2_r0_s0
                    (+ offset 0)
                    (+ offset 16384))))
      (a!16 (ite a!15
                 (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!8))
      (a!21 (- (ite alternate_large_sectors_and_blocks_n2_r0_s0
                    (+ (+ offset 16384) a!9)
                    (+ (+ offset 0) a!10))
               (ite alternate_large_sectors_and_blocks_n2_r0_s0
                    (+ offset 16384)
                    (+ offset 0))))
      (a!22 (- (ite alternate_large_sectors_and_blocks_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 16384) a!9))
               (ite alternate_large_sectors_and_blocks_n2_r0_s0
                    (+ offset 0)
                    (+ offset 16384))))
      (a!26 (ite a!25
                 (ite alternate_large_sectors_and_blocks_n2_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!8)))
(let ((a!13 (ite (not (or (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!12
                 0))
      (a!17 (and (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite arrival_large_sectors_and_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 16384))
                    a!16)))
      (a!23 (ite (not (or (ite alternate_large_sectors_and_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_large_sectors_and_blocks_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!22
                 0))
      (a!27 (and (ite alternate_large_sectors_and_blocks_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite alternate_large_sectors_and_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 16384))
                    a!26))))
(let ((a!14 (+ 0
               (ite (not (ite arrival_large_sectors_and_blocks_n2_r0_s0
                              failed_1
                              failed_0))
                    a!11
                    0)
               a!13))
      (a!18 (ite a!17
                 (ite arrival_large_sectors_and_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 a!16))
      (a!24 (+ 0
               (ite (not (ite alternate_large_sectors_and_blocks_n2_r0_s0
                              failed_1
                              failed_0))
                    a!21
                    0)
               a!23))
      (a!28 (ite a!27
                 (ite alternate_large_sectors_and_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 a!26)))
(let ((a!19 (ite (and (or (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_sectors_and_blocks_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!18 offset))
                 (- 5)
                 (- 28)))
      (a!29 (ite (and (or (ite alternate_large_sectors_and_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_large_sectors_and_blocks_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!28 offset))
                 (- 5)
                 (- 28))))
(let ((a!20 (ite (< 0 a!14)
                 a!14
                 (ite (< 0 (- a!18 offset)) (- a!18 offset) a!19)))
      (a!30 (ite (< 0 a!24)
                 a!24
                 (ite (< 0 (- a!28 offset)) (- a!28 offset) a!29))))
(let ((a!31 (ite (< 0 a!20)
                 (ite (<= fileSize (+ offset a!20)) (+ offset a!20) fileSize)
                 fileSize))
      (a!32 (ite (< 0 a!30)
                 (ite (<= fileSize (+ offset a!30)) (+ offset a!30) fileSize)
                 fileSize))
      (a!33 (ite (<= (ite (< 0 a!20) (+ offset a!20) 0) a!7)
                 (ite (< 0 a!20) (+ offset a!20) 0)
                 a!7))
      (a!37 (ite (<= (ite (< 0 a!30) (+ offset a!30) 0) a!7)
                 (ite (< 0 a!30) (+ offset a!30) 0)
                 a!7)))
(let ((a!34 (- (ite (<= a!5 a!33) a!33 a!5)
               (mod (ite (<= a!5 a!33) a!33 a!5) 65536)))
      (a!35 (= (mod (ite (<= a!5 a!33) a!33 a!5) 65536) 0))
      (a!38 (- (ite (<= a!5 a!37) a!37 a!5)
               (mod (ite (<= a!5 a!37) a!37 a!5) 65536)))
      (a!39 (= (mod (ite (<= a!5 a!37) a!37 a!5) 65536) 0)))
(let ((a!36 (ite (<= (+ a!34 (ite a!35 0 65536)) a!7)
                 (+ a!34 (ite a!35 0 65536))
                 a!7))
      (a!40 (ite (<= (+ a!38 (ite a!39 0 65536)) a!7)
                 (+ a!38 (ite a!39 0 65536))
                 a!7)))
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
       (not (and (= a!20 a!30) (= a!31 a!32) (= a!36 a!40))))))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry small-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_small_blocks_n2_r0_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
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
(let ((a!9 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!10 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!15 (and (ite arrival_small_blocks_n2_r0_s0 failed_1 failed_0)
                 (< (ite arrival_small_blocks_n2_r0_s0
                         (+ offset 4096)
                         (+ offset 0))
                    a!8)))
      (a!25 (and (ite alternate_small_blocks_n2_r0_s0 failed_1 failed_0)
                 (< (ite alternate_small_blocks_n2_r0_s0
                         (+ offset 4096)
                         (+ offset 0))
                    a!8))))
(let ((a!11 (- (ite arrival_small_blocks_n2_r0_s0
                    (+ (+ offset 4096) a!9)
                    (+ (+ offset 0) a!10))
               (ite arrival_small_blocks_n2_r0_s0 (+ offset 4096) (+ offset 0))))
      (a!12 (- (ite arrival_small_blocks_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 4096) a!9))
               (ite arrival_small_blocks_n2_r0_s0 (+ offset 0) (+ offset 4096))))
      (a!16 (ite a!15
                 (ite arrival_small_blocks_n2_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!8))
      (a!21 (- (ite alternate_small_blocks_n2_r0_s0
                    (+ (+ offset 4096) a!9)
                    (+ (+ offset 0) a!10))
               (ite alternate_small_blocks_n2_r0_s0
                    (+ offset 4096)
                    (+ offset 0))))
      (a!22 (- (ite alternate_small_blocks_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 4096) a!9))
               (ite alternate_small_blocks_n2_r0_s0
                    (+ offset 0)
                    (+ offset 4096))))
      (a!26 (ite a!25
                 (ite alternate_small_blocks_n2_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!8)))
(let ((a!13 (ite (not (or (ite arrival_small_blocks_n2_r0_s0 failed_1 failed_0)
                          (ite arrival_small_blocks_n2_r0_s0 failed_0 failed_1)))
                 a!12
                 0))
      (a!17 (and (ite arrival_small_blocks_n2_r0_s0 failed_0 failed_1)
                 (< (ite arrival_small_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 4096))
                    a!16)))
      (a!23 (ite (not (or (ite alternate_small_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_small_blocks_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!22
                 0))
      (a!27 (and (ite alternate_small_blocks_n2_r0_s0 failed_0 failed_1)
                 (< (ite alternate_small_blocks_n2_r0_s0
                         (+ offset 0)
                         (+ offset 4096))
                    a!26))))
(let ((a!14 (+ 0
               (ite (not (ite arrival_small_blocks_n2_r0_s0 failed_1 failed_0))
                    a!11
                    0)
               a!13))
      (a!18 (ite a!17
                 (ite arrival_small_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 a!16))
      (a!24 (+ 0
               (ite (not (ite alternate_small_blocks_n2_r0_s0 failed_1 failed_0))
                    a!21
                    0)
               a!23))
      (a!28 (ite a!27
                 (ite alternate_small_blocks_n2_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 a!26)))
(let ((a!19 (ite (and (or (ite arrival_small_blocks_n2_r0_s0 failed_1 failed_0)
                          (ite arrival_small_blocks_n2_r0_s0 failed_0 failed_1))
                      (= a!18 offset))
                 (- 5)
                 (- 28)))
      (a!29 (ite (and (or (ite alternate_small_blocks_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_small_blocks_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!28 offset))
                 (- 5)
                 (- 28))))
(let ((a!20 (ite (< 0 a!14)
                 a!14
                 (ite (< 0 (- a!18 offset)) (- a!18 offset) a!19)))
      (a!30 (ite (< 0 a!24)
                 a!24
                 (ite (< 0 (- a!28 offset)) (- a!28 offset) a!29))))
(let ((a!31 (ite (< 0 a!20)
                 (ite (<= fileSize (+ offset a!20)) (+ offset a!20) fileSize)
                 fileSize))
      (a!32 (ite (< 0 a!30)
                 (ite (<= fileSize (+ offset a!30)) (+ offset a!30) fileSize)
                 fileSize))
      (a!33 (ite (<= (ite (< 0 a!20) (+ offset a!20) 0) a!7)
                 (ite (< 0 a!20) (+ offset a!20) 0)
                 a!7))
      (a!37 (ite (<= (ite (< 0 a!30) (+ offset a!30) 0) a!7)
                 (ite (< 0 a!30) (+ offset a!30) 0)
                 a!7)))
(let ((a!34 (- (ite (<= a!5 a!33) a!33 a!5)
               (mod (ite (<= a!5 a!33) a!33 a!5) 1024)))
      (a!35 (= (mod (ite (<= a!5 a!33) a!33 a!5) 1024) 0))
      (a!38 (- (ite (<= a!5 a!37) a!37 a!5)
               (mod (ite (<= a!5 a!37) a!37 a!5) 1024)))
      (a!39 (= (mod (ite (<= a!5 a!37) a!37 a!5) 1024) 0)))
(let ((a!36 (ite (<= (+ a!34 (ite a!35 0 1024)) a!7)
                 (+ a!34 (ite a!35 0 1024))
                 a!7))
      (a!40 (ite (<= (+ a!38 (ite a!39 0 1024)) a!7)
                 (+ a!38 (ite a!39 0 1024))
                 a!7)))
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
       (not (and (= a!20 a!30) (= a!31 a!32) (= a!36 a!40))))))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry large-blocks-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_large_blocks_bio_not_dividing_n2_r0_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
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
(let ((a!9 (ite (<= 12288 (- a!8 (+ offset 12288)))
                12288
                (- a!8 (+ offset 12288))))
      (a!10 (ite (<= 12288 (- a!8 (+ offset 0))) 12288 (- a!8 (+ offset 0))))
      (a!15 (and (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                         (+ offset 12288)
                         (+ offset 0))
                    a!8)))
      (a!25 (and (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                         (+ offset 12288)
                         (+ offset 0))
                    a!8))))
(let ((a!11 (- (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                    (+ (+ offset 12288) a!9)
                    (+ (+ offset 0) a!10))
               (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                    (+ offset 12288)
                    (+ offset 0))))
      (a!12 (- (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 12288) a!9))
               (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                    (+ offset 0)
                    (+ offset 12288))))
      (a!16 (ite a!15
                 (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                      (+ offset 12288)
                      (+ offset 0))
                 a!8))
      (a!21 (- (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                    (+ (+ offset 12288) a!9)
                    (+ (+ offset 0) a!10))
               (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                    (+ offset 12288)
                    (+ offset 0))))
      (a!22 (- (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 12288) a!9))
               (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                    (+ offset 0)
                    (+ offset 12288))))
      (a!26 (ite a!25
                 (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                      (+ offset 12288)
                      (+ offset 0))
                 a!8)))
(let ((a!13 (ite (not (or (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!12
                 0))
      (a!17 (and (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                         (+ offset 0)
                         (+ offset 12288))
                    a!16)))
      (a!23 (ite (not (or (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!22
                 0))
      (a!27 (and (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                         (+ offset 0)
                         (+ offset 12288))
                    a!26))))
(let ((a!14 (+ 0
               (ite (not (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                              failed_1
                              failed_0))
                    a!11
                    0)
               a!13))
      (a!18 (ite a!17
                 (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                      (+ offset 0)
                      (+ offset 12288))
                 a!16))
      (a!24 (+ 0
               (ite (not (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                              failed_1
                              failed_0))
                    a!21
                    0)
               a!23))
      (a!28 (ite a!27
                 (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                      (+ offset 0)
                      (+ offset 12288))
                 a!26)))
(let ((a!19 (ite (and (or (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!18 offset))
                 (- 5)
                 (- 28)))
      (a!29 (ite (and (or (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_large_blocks_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!28 offset))
                 (- 5)
                 (- 28))))
(let ((a!20 (ite (< 0 a!14)
                 a!14
                 (ite (< 0 (- a!18 offset)) (- a!18 offset) a!19)))
      (a!30 (ite (< 0 a!24)
                 a!24
                 (ite (< 0 (- a!28 offset)) (- a!28 offset) a!29))))
(let ((a!31 (ite (< 0 a!20)
                 (ite (<= fileSize (+ offset a!20)) (+ offset a!20) fileSize)
                 fileSize))
      (a!32 (ite (< 0 a!30)
                 (ite (<= fileSize (+ offset a!30)) (+ offset a!30) fileSize)
                 fileSize))
      (a!33 (ite (<= (ite (< 0 a!20) (+ offset a!20) 0) a!7)
                 (ite (< 0 a!20) (+ offset a!20) 0)
                 a!7))
      (a!37 (ite (<= (ite (< 0 a!30) (+ offset a!30) 0) a!7)
                 (ite (< 0 a!30) (+ offset a!30) 0)
                 a!7)))
(let ((a!34 (- (ite (<= a!5 a!33) a!33 a!5)
               (mod (ite (<= a!5 a!33) a!33 a!5) 16384)))
      (a!35 (= (mod (ite (<= a!5 a!33) a!33 a!5) 16384) 0))
      (a!38 (- (ite (<= a!5 a!37) a!37 a!5)
               (mod (ite (<= a!5 a!37) a!37 a!5) 16384)))
      (a!39 (= (mod (ite (<= a!5 a!37) a!37 a!5) 16384) 0)))
(let ((a!36 (ite (<= (+ a!34 (ite a!35 0 16384)) a!7)
                 (+ a!34 (ite a!35 0 16384))
                 a!7))
      (a!40 (ite (<= (+ a!38 (ite a!39 0 16384)) a!7)
                 (+ a!38 (ite a!39 0 16384))
                 a!7)))
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
       (not (and (= a!20 a!30) (= a!31 a!32) (= a!36 a!40))))))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry sectors-1k-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_sectors_1k_bio_not_dividing_n2_r0_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
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
(let ((a!9 (ite (<= 3072 (- a!8 (+ offset 3072))) 3072 (- a!8 (+ offset 3072))))
      (a!10 (ite (<= 3072 (- a!8 (+ offset 0))) 3072 (- a!8 (+ offset 0))))
      (a!15 (and (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                         (+ offset 3072)
                         (+ offset 0))
                    a!8)))
      (a!25 (and (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                         (+ offset 3072)
                         (+ offset 0))
                    a!8))))
(let ((a!11 (- (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                    (+ (+ offset 3072) a!9)
                    (+ (+ offset 0) a!10))
               (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                    (+ offset 3072)
                    (+ offset 0))))
      (a!12 (- (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 3072) a!9))
               (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                    (+ offset 0)
                    (+ offset 3072))))
      (a!16 (ite a!15
                 (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                      (+ offset 3072)
                      (+ offset 0))
                 a!8))
      (a!21 (- (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                    (+ (+ offset 3072) a!9)
                    (+ (+ offset 0) a!10))
               (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                    (+ offset 3072)
                    (+ offset 0))))
      (a!22 (- (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 3072) a!9))
               (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                    (+ offset 0)
                    (+ offset 3072))))
      (a!26 (ite a!25
                 (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                      (+ offset 3072)
                      (+ offset 0))
                 a!8)))
(let ((a!13 (ite (not (or (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!12
                 0))
      (a!17 (and (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                         (+ offset 0)
                         (+ offset 3072))
                    a!16)))
      (a!23 (ite (not (or (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!22
                 0))
      (a!27 (and (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                         (+ offset 0)
                         (+ offset 3072))
                    a!26))))
(let ((a!14 (+ 0
               (ite (not (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                              failed_1
                              failed_0))
                    a!11
                    0)
               a!13))
      (a!18 (ite a!17
                 (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                      (+ offset 0)
                      (+ offset 3072))
                 a!16))
      (a!24 (+ 0
               (ite (not (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                              failed_1
                              failed_0))
                    a!21
                    0)
               a!23))
      (a!28 (ite a!27
                 (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                      (+ offset 0)
                      (+ offset 3072))
                 a!26)))
(let ((a!19 (ite (and (or (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!18 offset))
                 (- 5)
                 (- 28)))
      (a!29 (ite (and (or (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_sectors_1k_bio_not_dividing_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!28 offset))
                 (- 5)
                 (- 28))))
(let ((a!20 (ite (< 0 a!14)
                 a!14
                 (ite (< 0 (- a!18 offset)) (- a!18 offset) a!19)))
      (a!30 (ite (< 0 a!24)
                 a!24
                 (ite (< 0 (- a!28 offset)) (- a!28 offset) a!29))))
(let ((a!31 (ite (< 0 a!20)
                 (ite (<= fileSize (+ offset a!20)) (+ offset a!20) fileSize)
                 fileSize))
      (a!32 (ite (< 0 a!30)
                 (ite (<= fileSize (+ offset a!30)) (+ offset a!30) fileSize)
                 fileSize))
      (a!33 (ite (<= (ite (< 0 a!20) (+ offset a!20) 0) a!7)
                 (ite (< 0 a!20) (+ offset a!20) 0)
                 a!7))
      (a!37 (ite (<= (ite (< 0 a!30) (+ offset a!30) 0) a!7)
                 (ite (< 0 a!30) (+ offset a!30) 0)
                 a!7)))
(let ((a!34 (- (ite (<= a!5 a!33) a!33 a!5)
               (mod (ite (<= a!5 a!33) a!33 a!5) 4096)))
      (a!35 (= (mod (ite (<= a!5 a!33) a!33 a!5) 4096) 0))
      (a!38 (- (ite (<= a!5 a!37) a!37 a!5)
               (mod (ite (<= a!5 a!37) a!37 a!5) 4096)))
      (a!39 (= (mod (ite (<= a!5 a!37) a!37 a!5) 4096) 0)))
(let ((a!36 (ite (<= (+ a!34 (ite a!35 0 4096)) a!7)
                 (+ a!34 (ite a!35 0 4096))
                 a!7))
      (a!40 (ite (<= (+ a!38 (ite a!39 0 4096)) a!7)
                 (+ a!38 (ite a!39 0 4096))
                 a!7)))
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
       (not (and (= a!20 a!30) (= a!31 a!32) (= a!36 a!40))))))))))))))))))))
(check-sat)
(reset)
; case: 2 BIOs, geometry sectors-2k-bio-unaligned-above-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
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
(let ((a!9 (ite (<= 20480 (- a!8 (+ offset 20480)))
                20480
                (- a!8 (+ offset 20480))))
      (a!10 (ite (<= 20480 (- a!8 (+ offset 0))) 20480 (- a!8 (+ offset 0))))
      (a!15 (and (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                         (+ offset 20480)
                         (+ offset 0))
                    a!8)))
      (a!25 (and (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                      failed_1
                      failed_0)
                 (< (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                         (+ offset 20480)
                         (+ offset 0))
                    a!8))))
(let ((a!11 (- (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                    (+ (+ offset 20480) a!9)
                    (+ (+ offset 0) a!10))
               (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                    (+ offset 20480)
                    (+ offset 0))))
      (a!12 (- (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 20480) a!9))
               (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 20480))))
      (a!16 (ite a!15
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                      (+ offset 20480)
                      (+ offset 0))
                 a!8))
      (a!21 (- (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                    (+ (+ offset 20480) a!9)
                    (+ (+ offset 0) a!10))
               (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                    (+ offset 20480)
                    (+ offset 0))))
      (a!22 (- (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                    (+ (+ offset 0) a!10)
                    (+ (+ offset 20480) a!9))
               (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                    (+ offset 0)
                    (+ offset 20480))))
      (a!26 (ite a!25
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                      (+ offset 20480)
                      (+ offset 0))
                 a!8)))
(let ((a!13 (ite (not (or (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!12
                 0))
      (a!17 (and (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 20480))
                    a!16)))
      (a!23 (ite (not (or (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_0
                               failed_1)))
                 a!22
                 0))
      (a!27 (and (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                      failed_0
                      failed_1)
                 (< (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                         (+ offset 0)
                         (+ offset 20480))
                    a!26))))
(let ((a!14 (+ 0
               (ite (not (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!11
                    0)
               a!13))
      (a!18 (ite a!17
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 20480))
                 a!16))
      (a!24 (+ 0
               (ite (not (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                              failed_1
                              failed_0))
                    a!21
                    0)
               a!23))
      (a!28 (ite a!27
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                      (+ offset 0)
                      (+ offset 20480))
                 a!26)))
(let ((a!19 (ite (and (or (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite arrival_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!18 offset))
                 (- 5)
                 (- 28)))
      (a!29 (ite (and (or (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_1
                               failed_0)
                          (ite alternate_sectors_2k_bio_unaligned_above_block_n2_r0_s0
                               failed_0
                               failed_1))
                      (= a!28 offset))
                 (- 5)
                 (- 28))))
(let ((a!20 (ite (< 0 a!14)
                 a!14
                 (ite (< 0 (- a!18 offset)) (- a!18 offset) a!19)))
      (a!30 (ite (< 0 a!24)
                 a!24
                 (ite (< 0 (- a!28 offset)) (- a!28 offset) a!29))))
(let ((a!31 (ite (< 0 a!20)
                 (ite (<= fileSize (+ offset a!20)) (+ offset a!20) fileSize)
                 fileSize))
      (a!32 (ite (< 0 a!30)
                 (ite (<= fileSize (+ offset a!30)) (+ offset a!30) fileSize)
                 fileSize))
      (a!33 (ite (<= (ite (< 0 a!20) (+ offset a!20) 0) a!7)
                 (ite (< 0 a!20) (+ offset a!20) 0)
                 a!7))
      (a!37 (ite (<= (ite (< 0 a!30) (+ offset a!30) 0) a!7)
                 (ite (< 0 a!30) (+ offset a!30) 0)
                 a!7)))
(let ((a!34 (- (ite (<= a!5 a!33) a!33 a!5)
               (mod (ite (<= a!5 a!33) a!33 a!5) 8192)))
      (a!35 (= (mod (ite (<= a!5 a!33) a!33 a!5) 8192) 0))
      (a!38 (- (ite (<= a!5 a!37) a!37 a!5)
               (mod (ite (<= a!5 a!37) a!37 a!5) 8192)))
      (a!39 (= (mod (ite (<= a!5 a!37) a!37 a!5) 8192) 0)))
(let ((a!36 (ite (<= (+ a!34 (ite a!35 0 8192)) a!7)
                 (+ a!34 (ite a!35 0 8192))
                 a!7))
      (a!40 (ite (<= (+ a!38 (ite a!39 0 8192)) a!7)
                 (+ a!38 (ite a!39 0 8192))
                 a!7)))
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
       (not (and (= a!20 a!30) (= a!31 a!32) (= a!36 a!40))))))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_bio_equals_block_n3_r0_s0 () Bool)
(declare-fun alternate_bio_equals_block_n3_r1_s1 () Bool)
(declare-fun alternate_bio_equals_block_n3_r2_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_2 () Bool)
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
      (a!16 (ite arrival_bio_equals_block_n3_r1_s1
                 (+ offset 8192)
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))))
      (a!18 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_equals_block_n3_r0_s0 failed_0 failed_1))))
      (a!22 (ite arrival_bio_equals_block_n3_r1_s1
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 (+ offset 8192)))
      (a!29 (ite alternate_bio_equals_block_n3_r2_s0
                 (ite alternate_bio_equals_block_n3_r1_s1
                      failed_2
                      (ite alternate_bio_equals_block_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite alternate_bio_equals_block_n3_r0_s0 failed_1 failed_0)))
      (a!33 (ite alternate_bio_equals_block_n3_r1_s1
                 (+ offset 8192)
                 (ite alternate_bio_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))))
      (a!35 (ite alternate_bio_equals_block_n3_r2_s0
                 (ite alternate_bio_equals_block_n3_r0_s0 failed_1 failed_0)
                 (ite alternate_bio_equals_block_n3_r1_s1
                      failed_2
                      (ite alternate_bio_equals_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!39 (ite alternate_bio_equals_block_n3_r1_s1
                 (ite alternate_bio_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 (+ offset 8192))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!17 (ite arrival_bio_equals_block_n3_r2_s0
                 a!16
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))))
      (a!20 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!16))
      (a!21 (or (or a!9 a!18)
                (ite arrival_bio_equals_block_n3_r1_s1
                     (ite arrival_bio_equals_block_n3_r0_s0 failed_0 failed_1)
                     failed_2)))
      (a!34 (ite alternate_bio_equals_block_n3_r2_s0
                 a!33
                 (ite alternate_bio_equals_block_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))))
      (a!37 (ite alternate_bio_equals_block_n3_r2_s0
                 (ite alternate_bio_equals_block_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!33))
      (a!38 (or (or a!29 a!35)
                (ite alternate_bio_equals_block_n3_r1_s1
                     (ite alternate_bio_equals_block_n3_r0_s0 failed_0 failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!10 (ite (<= 4096 (- a!8 (+ offset 8192))) 4096 (- a!8 (+ offset 8192))))
      (a!11 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!12 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!25 (< a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!42 (< a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!13 (ite arrival_bio_equals_block_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 4096) a!12)))
      (a!14 (ite arrival_bio_equals_block_n3_r0_s0
                 (+ (+ offset 4096) a!12)
                 (+ (+ offset 0) a!11)))
      (a!26 (ite (and a!18 a!25) a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!30 (ite alternate_bio_equals_block_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 4096) a!12)))
      (a!31 (ite alternate_bio_equals_block_n3_r0_s0
                 (+ (+ offset 4096) a!12)
                 (+ (+ offset 0) a!11)))
      (a!43 (ite (and a!35 a!42) a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!15 (ite arrival_bio_equals_block_n3_r2_s0
                 (ite arrival_bio_equals_block_n3_r1_s1
                      (+ (+ offset 8192) a!10)
                      a!13)
                 a!14))
      (a!19 (ite arrival_bio_equals_block_n3_r2_s0
                 a!14
                 (ite arrival_bio_equals_block_n3_r1_s1
                      (+ (+ offset 8192) a!10)
                      a!13)))
      (a!23 (- (ite arrival_bio_equals_block_n3_r1_s1
                    a!13
                    (+ (+ offset 8192) a!10))
               a!22))
      (a!27 (ite (and (ite arrival_bio_equals_block_n3_r1_s1
                           (ite arrival_bio_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!22 a!26))
                 a!22
                 a!26))
      (a!32 (ite alternate_bio_equals_block_n3_r2_s0
                 (ite alternate_bio_equals_block_n3_r1_s1
                      (+ (+ offset 8192) a!10)
                      a!30)
                 a!31))
      (a!36 (ite alternate_bio_equals_block_n3_r2_s0
                 a!31
                 (ite alternate_bio_equals_block_n3_r1_s1
                      (+ (+ offset 8192) a!10)
                      a!30)))
      (a!40 (- (ite alternate_bio_equals_block_n3_r1_s1
                    a!30
                    (+ (+ offset 8192) a!10))
               a!39))
      (a!44 (ite (and (ite alternate_bio_equals_block_n3_r1_s1
                           (ite alternate_bio_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!39 a!43))
                 a!39
                 a!43)))
(let ((a!24 (+ 0
               (ite (not a!9) (- a!15 a!17) 0)
               (ite (not (or a!9 a!18)) (- a!19 a!20) 0)
               (ite (not a!21) a!23 0)))
      (a!28 (ite (< 0 (- a!27 offset))
                 (- a!27 offset)
                 (ite (and a!21 (= a!27 offset)) (- 5) (- 28))))
      (a!41 (+ 0
               (ite (not a!29) (- a!32 a!34) 0)
               (ite (not (or a!29 a!35)) (- a!36 a!37) 0)
               (ite (not a!38) a!40 0)))
      (a!45 (ite (< 0 (- a!44 offset))
                 (- a!44 offset)
                 (ite (and a!38 (= a!44 offset)) (- 5) (- 28)))))
(let ((a!46 (<= fileSize (+ offset (ite (< 0 a!24) a!24 a!28))))
      (a!49 (<= fileSize (+ offset (ite (< 0 a!41) a!41 a!45))))
      (a!52 (ite (< 0 (ite (< 0 a!24) a!24 a!28))
                 (+ offset (ite (< 0 a!24) a!24 a!28))
                 0))
      (a!55 (ite (< 0 (ite (< 0 a!41) a!41 a!45))
                 (+ offset (ite (< 0 a!41) a!41 a!45))
                 0)))
(let ((a!47 (ite a!46 (+ offset (ite (< 0 a!24) a!24 a!28)) fileSize))
      (a!50 (ite a!49 (+ offset (ite (< 0 a!41) a!41 a!45)) fileSize))
      (a!53 (ite (<= a!5 (ite (<= a!52 a!7) a!52 a!7))
                 (ite (<= a!52 a!7) a!52 a!7)
                 a!5))
      (a!56 (ite (<= a!5 (ite (<= a!55 a!7) a!55 a!7))
                 (ite (<= a!55 a!7) a!55 a!7)
                 a!5)))
(let ((a!48 (ite (< 0 (ite (< 0 a!24) a!24 a!28)) a!47 fileSize))
      (a!51 (ite (< 0 (ite (< 0 a!41) a!41 a!45)) a!50 fileSize))
      (a!54 (+ (- a!53 (mod a!53 4096)) (ite (= (mod a!53 4096) 0) 0 4096)))
      (a!57 (+ (- a!56 (mod a!56 4096)) (ite (= (mod a!56 4096) 0) 0 4096))))
(let ((a!58 (and (= (ite (< 0 a!24) a!24 a!28) (ite (< 0 a!41) a!41 a!45))
                 (= a!48 a!51)
                 (= (ite (<= a!54 a!7) a!54 a!7) (ite (<= a!57 a!7) a!57 a!7)))))
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
       (not a!58)))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-smaller-than-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_bio_smaller_than_block_n3_r0_s0 () Bool)
(declare-fun alternate_bio_smaller_than_block_n3_r1_s1 () Bool)
(declare-fun alternate_bio_smaller_than_block_n3_r2_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_2 () Bool)
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
      (a!16 (ite arrival_bio_smaller_than_block_n3_r1_s1
                 (+ offset 2048)
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 1024))))
      (a!18 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_smaller_than_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!22 (ite arrival_bio_smaller_than_block_n3_r1_s1
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 1024))
                 (+ offset 2048)))
      (a!29 (ite alternate_bio_smaller_than_block_n3_r2_s0
                 (ite alternate_bio_smaller_than_block_n3_r1_s1
                      failed_2
                      (ite alternate_bio_smaller_than_block_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite alternate_bio_smaller_than_block_n3_r0_s0
                      failed_1
                      failed_0)))
      (a!33 (ite alternate_bio_smaller_than_block_n3_r1_s1
                 (+ offset 2048)
                 (ite alternate_bio_smaller_than_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 1024))))
      (a!35 (ite alternate_bio_smaller_than_block_n3_r2_s0
                 (ite alternate_bio_smaller_than_block_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite alternate_bio_smaller_than_block_n3_r1_s1
                      failed_2
                      (ite alternate_bio_smaller_than_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!39 (ite alternate_bio_smaller_than_block_n3_r1_s1
                 (ite alternate_bio_smaller_than_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 1024))
                 (+ offset 2048))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!17 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 a!16
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 1024)
                      (+ offset 0))))
      (a!20 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r0_s0
                      (+ offset 1024)
                      (+ offset 0))
                 a!16))
      (a!21 (or (or a!9 a!18)
                (ite arrival_bio_smaller_than_block_n3_r1_s1
                     (ite arrival_bio_smaller_than_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!34 (ite alternate_bio_smaller_than_block_n3_r2_s0
                 a!33
                 (ite alternate_bio_smaller_than_block_n3_r0_s0
                      (+ offset 1024)
                      (+ offset 0))))
      (a!37 (ite alternate_bio_smaller_than_block_n3_r2_s0
                 (ite alternate_bio_smaller_than_block_n3_r0_s0
                      (+ offset 1024)
                      (+ offset 0))
                 a!33))
      (a!38 (or (or a!29 a!35)
                (ite alternate_bio_smaller_than_block_n3_r1_s1
                     (ite alternate_bio_smaller_than_block_n3_r0_s0
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
(let ((a!10 (ite (<= 1024 (- a!8 (+ offset 2048))) 1024 (- a!8 (+ offset 2048))))
      (a!11 (ite (<= 1024 (- a!8 (+ offset 0))) 1024 (- a!8 (+ offset 0))))
      (a!12 (ite (<= 1024 (- a!8 (+ offset 1024))) 1024 (- a!8 (+ offset 1024))))
      (a!25 (< a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!42 (< a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!13 (ite arrival_bio_smaller_than_block_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 1024) a!12)))
      (a!14 (ite arrival_bio_smaller_than_block_n3_r0_s0
                 (+ (+ offset 1024) a!12)
                 (+ (+ offset 0) a!11)))
      (a!26 (ite (and a!18 a!25) a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!30 (ite alternate_bio_smaller_than_block_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 1024) a!12)))
      (a!31 (ite alternate_bio_smaller_than_block_n3_r0_s0
                 (+ (+ offset 1024) a!12)
                 (+ (+ offset 0) a!11)))
      (a!43 (ite (and a!35 a!42) a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!15 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      (+ (+ offset 2048) a!10)
                      a!13)
                 a!14))
      (a!19 (ite arrival_bio_smaller_than_block_n3_r2_s0
                 a!14
                 (ite arrival_bio_smaller_than_block_n3_r1_s1
                      (+ (+ offset 2048) a!10)
                      a!13)))
      (a!23 (- (ite arrival_bio_smaller_than_block_n3_r1_s1
                    a!13
                    (+ (+ offset 2048) a!10))
               a!22))
      (a!27 (ite (and (ite arrival_bio_smaller_than_block_n3_r1_s1
                           (ite arrival_bio_smaller_than_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!22 a!26))
                 a!22
                 a!26))
      (a!32 (ite alternate_bio_smaller_than_block_n3_r2_s0
                 (ite alternate_bio_smaller_than_block_n3_r1_s1
                      (+ (+ offset 2048) a!10)
                      a!30)
                 a!31))
      (a!36 (ite alternate_bio_smaller_than_block_n3_r2_s0
                 a!31
                 (ite alternate_bio_smaller_than_block_n3_r1_s1
                      (+ (+ offset 2048) a!10)
                      a!30)))
      (a!40 (- (ite alternate_bio_smaller_than_block_n3_r1_s1
                    a!30
                    (+ (+ offset 2048) a!10))
               a!39))
      (a!44 (ite (and (ite alternate_bio_smaller_than_block_n3_r1_s1
                           (ite alternate_bio_smaller_than_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!39 a!43))
                 a!39
                 a!43)))
(let ((a!24 (+ 0
               (ite (not a!9) (- a!15 a!17) 0)
               (ite (not (or a!9 a!18)) (- a!19 a!20) 0)
               (ite (not a!21) a!23 0)))
      (a!28 (ite (< 0 (- a!27 offset))
                 (- a!27 offset)
                 (ite (and a!21 (= a!27 offset)) (- 5) (- 28))))
      (a!41 (+ 0
               (ite (not a!29) (- a!32 a!34) 0)
               (ite (not (or a!29 a!35)) (- a!36 a!37) 0)
               (ite (not a!38) a!40 0)))
      (a!45 (ite (< 0 (- a!44 offset))
                 (- a!44 offset)
                 (ite (and a!38 (= a!44 offset)) (- 5) (- 28)))))
(let ((a!46 (<= fileSize (+ offset (ite (< 0 a!24) a!24 a!28))))
      (a!49 (<= fileSize (+ offset (ite (< 0 a!41) a!41 a!45))))
      (a!52 (ite (< 0 (ite (< 0 a!24) a!24 a!28))
                 (+ offset (ite (< 0 a!24) a!24 a!28))
                 0))
      (a!55 (ite (< 0 (ite (< 0 a!41) a!41 a!45))
                 (+ offset (ite (< 0 a!41) a!41 a!45))
                 0)))
(let ((a!47 (ite a!46 (+ offset (ite (< 0 a!24) a!24 a!28)) fileSize))
      (a!50 (ite a!49 (+ offset (ite (< 0 a!41) a!41 a!45)) fileSize))
      (a!53 (ite (<= a!5 (ite (<= a!52 a!7) a!52 a!7))
                 (ite (<= a!52 a!7) a!52 a!7)
                 a!5))
      (a!56 (ite (<= a!5 (ite (<= a!55 a!7) a!55 a!7))
                 (ite (<= a!55 a!7) a!55 a!7)
                 a!5)))
(let ((a!48 (ite (< 0 (ite (< 0 a!24) a!24 a!28)) a!47 fileSize))
      (a!51 (ite (< 0 (ite (< 0 a!41) a!41 a!45)) a!50 fileSize))
      (a!54 (+ (- a!53 (mod a!53 4096)) (ite (= (mod a!53 4096) 0) 0 4096)))
      (a!57 (+ (- a!56 (mod a!56 4096)) (ite (= (mod a!56 4096) 0) 0 4096))))
(let ((a!58 (and (= (ite (< 0 a!24) a!24 a!28) (ite (< 0 a!41) a!41 a!45))
                 (= a!48 a!51)
                 (= (ite (<= a!54 a!7) a!54 a!7) (ite (<= a!57 a!7) a!57 a!7)))))
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
       (not a!58)))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-unaligned-to-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_bio_unaligned_to_block_n3_r0_s0 () Bool)
(declare-fun alternate_bio_unaligned_to_block_n3_r1_s1 () Bool)
(declare-fun alternate_bio_unaligned_to_block_n3_r2_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_2 () Bool)
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
      (a!16 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                 (+ offset 12288)
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 6144))))
      (a!18 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      failed_2
                      (ite arrival_bio_unaligned_to_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!22 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 6144))
                 (+ offset 12288)))
      (a!29 (ite alternate_bio_unaligned_to_block_n3_r2_s0
                 (ite alternate_bio_unaligned_to_block_n3_r1_s1
                      failed_2
                      (ite alternate_bio_unaligned_to_block_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite alternate_bio_unaligned_to_block_n3_r0_s0
                      failed_1
                      failed_0)))
      (a!33 (ite alternate_bio_unaligned_to_block_n3_r1_s1
                 (+ offset 12288)
                 (ite alternate_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 6144))))
      (a!35 (ite alternate_bio_unaligned_to_block_n3_r2_s0
                 (ite alternate_bio_unaligned_to_block_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite alternate_bio_unaligned_to_block_n3_r1_s1
                      failed_2
                      (ite alternate_bio_unaligned_to_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!39 (ite alternate_bio_unaligned_to_block_n3_r1_s1
                 (ite alternate_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 6144))
                 (+ offset 12288))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!17 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 a!16
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 6144)
                      (+ offset 0))))
      (a!20 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 6144)
                      (+ offset 0))
                 a!16))
      (a!21 (or (or a!9 a!18)
                (ite arrival_bio_unaligned_to_block_n3_r1_s1
                     (ite arrival_bio_unaligned_to_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!34 (ite alternate_bio_unaligned_to_block_n3_r2_s0
                 a!33
                 (ite alternate_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 6144)
                      (+ offset 0))))
      (a!37 (ite alternate_bio_unaligned_to_block_n3_r2_s0
                 (ite alternate_bio_unaligned_to_block_n3_r0_s0
                      (+ offset 6144)
                      (+ offset 0))
                 a!33))
      (a!38 (or (or a!29 a!35)
                (ite alternate_bio_unaligned_to_block_n3_r1_s1
                     (ite alternate_bio_unaligned_to_block_n3_r0_s0
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
(let ((a!10 (ite (<= 6144 (- a!8 (+ offset 12288)))
                 6144
                 (- a!8 (+ offset 12288))))
      (a!11 (ite (<= 6144 (- a!8 (+ offset 0))) 6144 (- a!8 (+ offset 0))))
      (a!12 (ite (<= 6144 (- a!8 (+ offset 6144))) 6144 (- a!8 (+ offset 6144))))
      (a!25 (< a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!42 (< a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!13 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 6144) a!12)))
      (a!14 (ite arrival_bio_unaligned_to_block_n3_r0_s0
                 (+ (+ offset 6144) a!12)
                 (+ (+ offset 0) a!11)))
      (a!26 (ite (and a!18 a!25) a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!30 (ite alternate_bio_unaligned_to_block_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 6144) a!12)))
      (a!31 (ite alternate_bio_unaligned_to_block_n3_r0_s0
                 (+ (+ offset 6144) a!12)
                 (+ (+ offset 0) a!11)))
      (a!43 (ite (and a!35 a!42) a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!15 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      (+ (+ offset 12288) a!10)
                      a!13)
                 a!14))
      (a!19 (ite arrival_bio_unaligned_to_block_n3_r2_s0
                 a!14
                 (ite arrival_bio_unaligned_to_block_n3_r1_s1
                      (+ (+ offset 12288) a!10)
                      a!13)))
      (a!23 (- (ite arrival_bio_unaligned_to_block_n3_r1_s1
                    a!13
                    (+ (+ offset 12288) a!10))
               a!22))
      (a!27 (ite (and (ite arrival_bio_unaligned_to_block_n3_r1_s1
                           (ite arrival_bio_unaligned_to_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!22 a!26))
                 a!22
                 a!26))
      (a!32 (ite alternate_bio_unaligned_to_block_n3_r2_s0
                 (ite alternate_bio_unaligned_to_block_n3_r1_s1
                      (+ (+ offset 12288) a!10)
                      a!30)
                 a!31))
      (a!36 (ite alternate_bio_unaligned_to_block_n3_r2_s0
                 a!31
                 (ite alternate_bio_unaligned_to_block_n3_r1_s1
                      (+ (+ offset 12288) a!10)
                      a!30)))
      (a!40 (- (ite alternate_bio_unaligned_to_block_n3_r1_s1
                    a!30
                    (+ (+ offset 12288) a!10))
               a!39))
      (a!44 (ite (and (ite alternate_bio_unaligned_to_block_n3_r1_s1
                           (ite alternate_bio_unaligned_to_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!39 a!43))
                 a!39
                 a!43)))
(let ((a!24 (+ 0
               (ite (not a!9) (- a!15 a!17) 0)
               (ite (not (or a!9 a!18)) (- a!19 a!20) 0)
               (ite (not a!21) a!23 0)))
      (a!28 (ite (< 0 (- a!27 offset))
                 (- a!27 offset)
                 (ite (and a!21 (= a!27 offset)) (- 5) (- 28))))
      (a!41 (+ 0
               (ite (not a!29) (- a!32 a!34) 0)
               (ite (not (or a!29 a!35)) (- a!36 a!37) 0)
               (ite (not a!38) a!40 0)))
      (a!45 (ite (< 0 (- a!44 offset))
                 (- a!44 offset)
                 (ite (and a!38 (= a!44 offset)) (- 5) (- 28)))))
(let ((a!46 (<= fileSize (+ offset (ite (< 0 a!24) a!24 a!28))))
      (a!49 (<= fileSize (+ offset (ite (< 0 a!41) a!41 a!45))))
      (a!52 (ite (< 0 (ite (< 0 a!24) a!24 a!28))
                 (+ offset (ite (< 0 a!24) a!24 a!28))
                 0))
      (a!55 (ite (< 0 (ite (< 0 a!41) a!41 a!45))
                 (+ offset (ite (< 0 a!41) a!41 a!45))
                 0)))
(let ((a!47 (ite a!46 (+ offset (ite (< 0 a!24) a!24 a!28)) fileSize))
      (a!50 (ite a!49 (+ offset (ite (< 0 a!41) a!41 a!45)) fileSize))
      (a!53 (ite (<= a!5 (ite (<= a!52 a!7) a!52 a!7))
                 (ite (<= a!52 a!7) a!52 a!7)
                 a!5))
      (a!56 (ite (<= a!5 (ite (<= a!55 a!7) a!55 a!7))
                 (ite (<= a!55 a!7) a!55 a!7)
                 a!5)))
(let ((a!48 (ite (< 0 (ite (< 0 a!24) a!24 a!28)) a!47 fileSize))
      (a!51 (ite (< 0 (ite (< 0 a!41) a!41 a!45)) a!50 fileSize))
      (a!54 (+ (- a!53 (mod a!53 4096)) (ite (= (mod a!53 4096) 0) 0 4096)))
      (a!57 (+ (- a!56 (mod a!56 4096)) (ite (= (mod a!56 4096) 0) 0 4096))))
(let ((a!58 (and (= (ite (< 0 a!24) a!24 a!28) (ite (< 0 a!41) a!41 a!45))
                 (= a!48 a!51)
                 (= (ite (<= a!54 a!7) a!54 a!7) (ite (<= a!57 a!7) a!57 a!7)))))
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
       (not a!58)))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry bio-spans-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_bio_spans_blocks_n3_r0_s0 () Bool)
(declare-fun alternate_bio_spans_blocks_n3_r1_s1 () Bool)
(declare-fun alternate_bio_spans_blocks_n3_r2_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_2 () Bool)
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
      (a!16 (ite arrival_bio_spans_blocks_n3_r1_s1
                 (+ offset 32768)
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))))
      (a!18 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_bio_spans_blocks_n3_r0_s0 failed_0 failed_1))))
      (a!22 (ite arrival_bio_spans_blocks_n3_r1_s1
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 (+ offset 32768)))
      (a!29 (ite alternate_bio_spans_blocks_n3_r2_s0
                 (ite alternate_bio_spans_blocks_n3_r1_s1
                      failed_2
                      (ite alternate_bio_spans_blocks_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite alternate_bio_spans_blocks_n3_r0_s0 failed_1 failed_0)))
      (a!33 (ite alternate_bio_spans_blocks_n3_r1_s1
                 (+ offset 32768)
                 (ite alternate_bio_spans_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))))
      (a!35 (ite alternate_bio_spans_blocks_n3_r2_s0
                 (ite alternate_bio_spans_blocks_n3_r0_s0 failed_1 failed_0)
                 (ite alternate_bio_spans_blocks_n3_r1_s1
                      failed_2
                      (ite alternate_bio_spans_blocks_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!39 (ite alternate_bio_spans_blocks_n3_r1_s1
                 (ite alternate_bio_spans_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 (+ offset 32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!17 (ite arrival_bio_spans_blocks_n3_r2_s0
                 a!16
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))))
      (a!20 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!16))
      (a!21 (or (or a!9 a!18)
                (ite arrival_bio_spans_blocks_n3_r1_s1
                     (ite arrival_bio_spans_blocks_n3_r0_s0 failed_0 failed_1)
                     failed_2)))
      (a!34 (ite alternate_bio_spans_blocks_n3_r2_s0
                 a!33
                 (ite alternate_bio_spans_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))))
      (a!37 (ite alternate_bio_spans_blocks_n3_r2_s0
                 (ite alternate_bio_spans_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!33))
      (a!38 (or (or a!29 a!35)
                (ite alternate_bio_spans_blocks_n3_r1_s1
                     (ite alternate_bio_spans_blocks_n3_r0_s0 failed_0 failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 4096)))
                (- offset (mod offset 4096))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 4096)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 4096))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!10 (ite (<= 16384 (- a!8 (+ offset 32768)))
                 16384
                 (- a!8 (+ offset 32768))))
      (a!11 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!12 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!25 (< a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!42 (< a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!13 (ite arrival_bio_spans_blocks_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 16384) a!12)))
      (a!14 (ite arrival_bio_spans_blocks_n3_r0_s0
                 (+ (+ offset 16384) a!12)
                 (+ (+ offset 0) a!11)))
      (a!26 (ite (and a!18 a!25) a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!30 (ite alternate_bio_spans_blocks_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 16384) a!12)))
      (a!31 (ite alternate_bio_spans_blocks_n3_r0_s0
                 (+ (+ offset 16384) a!12)
                 (+ (+ offset 0) a!11)))
      (a!43 (ite (and a!35 a!42) a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!15 (ite arrival_bio_spans_blocks_n3_r2_s0
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!10)
                      a!13)
                 a!14))
      (a!19 (ite arrival_bio_spans_blocks_n3_r2_s0
                 a!14
                 (ite arrival_bio_spans_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!10)
                      a!13)))
      (a!23 (- (ite arrival_bio_spans_blocks_n3_r1_s1
                    a!13
                    (+ (+ offset 32768) a!10))
               a!22))
      (a!27 (ite (and (ite arrival_bio_spans_blocks_n3_r1_s1
                           (ite arrival_bio_spans_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!22 a!26))
                 a!22
                 a!26))
      (a!32 (ite alternate_bio_spans_blocks_n3_r2_s0
                 (ite alternate_bio_spans_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!10)
                      a!30)
                 a!31))
      (a!36 (ite alternate_bio_spans_blocks_n3_r2_s0
                 a!31
                 (ite alternate_bio_spans_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!10)
                      a!30)))
      (a!40 (- (ite alternate_bio_spans_blocks_n3_r1_s1
                    a!30
                    (+ (+ offset 32768) a!10))
               a!39))
      (a!44 (ite (and (ite alternate_bio_spans_blocks_n3_r1_s1
                           (ite alternate_bio_spans_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!39 a!43))
                 a!39
                 a!43)))
(let ((a!24 (+ 0
               (ite (not a!9) (- a!15 a!17) 0)
               (ite (not (or a!9 a!18)) (- a!19 a!20) 0)
               (ite (not a!21) a!23 0)))
      (a!28 (ite (< 0 (- a!27 offset))
                 (- a!27 offset)
                 (ite (and a!21 (= a!27 offset)) (- 5) (- 28))))
      (a!41 (+ 0
               (ite (not a!29) (- a!32 a!34) 0)
               (ite (not (or a!29 a!35)) (- a!36 a!37) 0)
               (ite (not a!38) a!40 0)))
      (a!45 (ite (< 0 (- a!44 offset))
                 (- a!44 offset)
                 (ite (and a!38 (= a!44 offset)) (- 5) (- 28)))))
(let ((a!46 (<= fileSize (+ offset (ite (< 0 a!24) a!24 a!28))))
      (a!49 (<= fileSize (+ offset (ite (< 0 a!41) a!41 a!45))))
      (a!52 (ite (< 0 (ite (< 0 a!24) a!24 a!28))
                 (+ offset (ite (< 0 a!24) a!24 a!28))
                 0))
      (a!55 (ite (< 0 (ite (< 0 a!41) a!41 a!45))
                 (+ offset (ite (< 0 a!41) a!41 a!45))
                 0)))
(let ((a!47 (ite a!46 (+ offset (ite (< 0 a!24) a!24 a!28)) fileSize))
      (a!50 (ite a!49 (+ offset (ite (< 0 a!41) a!41 a!45)) fileSize))
      (a!53 (ite (<= a!5 (ite (<= a!52 a!7) a!52 a!7))
                 (ite (<= a!52 a!7) a!52 a!7)
                 a!5))
      (a!56 (ite (<= a!5 (ite (<= a!55 a!7) a!55 a!7))
                 (ite (<= a!55 a!7) a!55 a!7)
                 a!5)))
(let ((a!48 (ite (< 0 (ite (< 0 a!24) a!24 a!28)) a!47 fileSize))
      (a!51 (ite (< 0 (ite (< 0 a!41) a!41 a!45)) a!50 fileSize))
      (a!54 (+ (- a!53 (mod a!53 4096)) (ite (= (mod a!53 4096) 0) 0 4096)))
      (a!57 (+ (- a!56 (mod a!56 4096)) (ite (= (mod a!56 4096) 0) 0 4096))))
(let ((a!58 (and (= (ite (< 0 a!24) a!24 a!28) (ite (< 0 a!41) a!41 a!45))
                 (= a!48 a!51)
                 (= (ite (<= a!54 a!7) a!54 a!7) (ite (<= a!57 a!7) a!57 a!7)))))
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
       (not a!58)))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry sector-equals-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_sector_equals_block_n3_r0_s0 () Bool)
(declare-fun alternate_sector_equals_block_n3_r1_s1 () Bool)
(declare-fun alternate_sector_equals_block_n3_r2_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_2 () Bool)
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
      (a!16 (ite arrival_sector_equals_block_n3_r1_s1
                 (+ offset 16384)
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 8192))))
      (a!18 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_sector_equals_block_n3_r1_s1
                      failed_2
                      (ite arrival_sector_equals_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!22 (ite arrival_sector_equals_block_n3_r1_s1
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 8192))
                 (+ offset 16384)))
      (a!29 (ite alternate_sector_equals_block_n3_r2_s0
                 (ite alternate_sector_equals_block_n3_r1_s1
                      failed_2
                      (ite alternate_sector_equals_block_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite alternate_sector_equals_block_n3_r0_s0 failed_1 failed_0)))
      (a!33 (ite alternate_sector_equals_block_n3_r1_s1
                 (+ offset 16384)
                 (ite alternate_sector_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 8192))))
      (a!35 (ite alternate_sector_equals_block_n3_r2_s0
                 (ite alternate_sector_equals_block_n3_r0_s0 failed_1 failed_0)
                 (ite alternate_sector_equals_block_n3_r1_s1
                      failed_2
                      (ite alternate_sector_equals_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!39 (ite alternate_sector_equals_block_n3_r1_s1
                 (ite alternate_sector_equals_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 8192))
                 (+ offset 16384))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!17 (ite arrival_sector_equals_block_n3_r2_s0
                 a!16
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 8192)
                      (+ offset 0))))
      (a!20 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r0_s0
                      (+ offset 8192)
                      (+ offset 0))
                 a!16))
      (a!21 (or (or a!9 a!18)
                (ite arrival_sector_equals_block_n3_r1_s1
                     (ite arrival_sector_equals_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!34 (ite alternate_sector_equals_block_n3_r2_s0
                 a!33
                 (ite alternate_sector_equals_block_n3_r0_s0
                      (+ offset 8192)
                      (+ offset 0))))
      (a!37 (ite alternate_sector_equals_block_n3_r2_s0
                 (ite alternate_sector_equals_block_n3_r0_s0
                      (+ offset 8192)
                      (+ offset 0))
                 a!33))
      (a!38 (or (or a!29 a!35)
                (ite alternate_sector_equals_block_n3_r1_s1
                     (ite alternate_sector_equals_block_n3_r0_s0
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
(let ((a!10 (ite (<= 8192 (- a!8 (+ offset 16384)))
                 8192
                 (- a!8 (+ offset 16384))))
      (a!11 (ite (<= 8192 (- a!8 (+ offset 0))) 8192 (- a!8 (+ offset 0))))
      (a!12 (ite (<= 8192 (- a!8 (+ offset 8192))) 8192 (- a!8 (+ offset 8192))))
      (a!25 (< a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!42 (< a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!13 (ite arrival_sector_equals_block_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 8192) a!12)))
      (a!14 (ite arrival_sector_equals_block_n3_r0_s0
                 (+ (+ offset 8192) a!12)
                 (+ (+ offset 0) a!11)))
      (a!26 (ite (and a!18 a!25) a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!30 (ite alternate_sector_equals_block_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 8192) a!12)))
      (a!31 (ite alternate_sector_equals_block_n3_r0_s0
                 (+ (+ offset 8192) a!12)
                 (+ (+ offset 0) a!11)))
      (a!43 (ite (and a!35 a!42) a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!15 (ite arrival_sector_equals_block_n3_r2_s0
                 (ite arrival_sector_equals_block_n3_r1_s1
                      (+ (+ offset 16384) a!10)
                      a!13)
                 a!14))
      (a!19 (ite arrival_sector_equals_block_n3_r2_s0
                 a!14
                 (ite arrival_sector_equals_block_n3_r1_s1
                      (+ (+ offset 16384) a!10)
                      a!13)))
      (a!23 (- (ite arrival_sector_equals_block_n3_r1_s1
                    a!13
                    (+ (+ offset 16384) a!10))
               a!22))
      (a!27 (ite (and (ite arrival_sector_equals_block_n3_r1_s1
                           (ite arrival_sector_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!22 a!26))
                 a!22
                 a!26))
      (a!32 (ite alternate_sector_equals_block_n3_r2_s0
                 (ite alternate_sector_equals_block_n3_r1_s1
                      (+ (+ offset 16384) a!10)
                      a!30)
                 a!31))
      (a!36 (ite alternate_sector_equals_block_n3_r2_s0
                 a!31
                 (ite alternate_sector_equals_block_n3_r1_s1
                      (+ (+ offset 16384) a!10)
                      a!30)))
      (a!40 (- (ite alternate_sector_equals_block_n3_r1_s1
                    a!30
                    (+ (+ offset 16384) a!10))
               a!39))
      (a!44 (ite (and (ite alternate_sector_equals_block_n3_r1_s1
                           (ite alternate_sector_equals_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!39 a!43))
                 a!39
                 a!43)))
(let ((a!24 (+ 0
               (ite (not a!9) (- a!15 a!17) 0)
               (ite (not (or a!9 a!18)) (- a!19 a!20) 0)
               (ite (not a!21) a!23 0)))
      (a!28 (ite (< 0 (- a!27 offset))
                 (- a!27 offset)
                 (ite (and a!21 (= a!27 offset)) (- 5) (- 28))))
      (a!41 (+ 0
               (ite (not a!29) (- a!32 a!34) 0)
               (ite (not (or a!29 a!35)) (- a!36 a!37) 0)
               (ite (not a!38) a!40 0)))
      (a!45 (ite (< 0 (- a!44 offset))
                 (- a!44 offset)
                 (ite (and a!38 (= a!44 offset)) (- 5) (- 28)))))
(let ((a!46 (<= fileSize (+ offset (ite (< 0 a!24) a!24 a!28))))
      (a!49 (<= fileSize (+ offset (ite (< 0 a!41) a!41 a!45))))
      (a!52 (ite (< 0 (ite (< 0 a!24) a!24 a!28))
                 (+ offset (ite (< 0 a!24) a!24 a!28))
                 0))
      (a!55 (ite (< 0 (ite (< 0 a!41) a!41 a!45))
                 (+ offset (ite (< 0 a!41) a!41 a!45))
                 0)))
(let ((a!47 (ite a!46 (+ offset (ite (< 0 a!24) a!24 a!28)) fileSize))
      (a!50 (ite a!49 (+ offset (ite (< 0 a!41) a!41 a!45)) fileSize))
      (a!53 (ite (<= a!5 (ite (<= a!52 a!7) a!52 a!7))
                 (ite (<= a!52 a!7) a!52 a!7)
                 a!5))
      (a!56 (ite (<= a!5 (ite (<= a!55 a!7) a!55 a!7))
                 (ite (<= a!55 a!7) a!55 a!7)
                 a!5)))
(let ((a!48 (ite (< 0 (ite (< 0 a!24) a!24 a!28)) a!47 fileSize))
      (a!51 (ite (< 0 (ite (< 0 a!41) a!41 a!45)) a!50 fileSize))
      (a!54 (+ (- a!53 (mod a!53 4096)) (ite (= (mod a!53 4096) 0) 0 4096)))
      (a!57 (+ (- a!56 (mod a!56 4096)) (ite (= (mod a!56 4096) 0) 0 4096))))
(let ((a!58 (and (= (ite (< 0 a!24) a!24 a!28) (ite (< 0 a!41) a!41 a!45))
                 (= a!48 a!51)
                 (= (ite (<= a!54 a!7) a!54 a!7) (ite (<= a!57 a!7) a!57 a!7)))))
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
       (not a!58)))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry large-sectors-and-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_large_sectors_and_blocks_n3_r0_s0 () Bool)
(declare-fun alternate_large_sectors_and_blocks_n3_r1_s1 () Bool)
(declare-fun alternate_large_sectors_and_blocks_n3_r2_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_2 () Bool)
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
      (a!16 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                 (+ offset 32768)
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))))
      (a!18 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_large_sectors_and_blocks_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!22 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 (+ offset 32768)))
      (a!29 (ite alternate_large_sectors_and_blocks_n3_r2_s0
                 (ite alternate_large_sectors_and_blocks_n3_r1_s1
                      failed_2
                      (ite alternate_large_sectors_and_blocks_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite alternate_large_sectors_and_blocks_n3_r0_s0
                      failed_1
                      failed_0)))
      (a!33 (ite alternate_large_sectors_and_blocks_n3_r1_s1
                 (+ offset 32768)
                 (ite alternate_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))))
      (a!35 (ite alternate_large_sectors_and_blocks_n3_r2_s0
                 (ite alternate_large_sectors_and_blocks_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite alternate_large_sectors_and_blocks_n3_r1_s1
                      failed_2
                      (ite alternate_large_sectors_and_blocks_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!39 (ite alternate_large_sectors_and_blocks_n3_r1_s1
                 (ite alternate_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 16384))
                 (+ offset 32768))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 65536)) a!1))
      (a!4 (+ (- a!3 (mod a!3 65536)) (ite (= (mod a!3 65536) 0) 0 65536)))
      (a!17 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 a!16
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))))
      (a!20 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!16))
      (a!21 (or (or a!9 a!18)
                (ite arrival_large_sectors_and_blocks_n3_r1_s1
                     (ite arrival_large_sectors_and_blocks_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!34 (ite alternate_large_sectors_and_blocks_n3_r2_s0
                 a!33
                 (ite alternate_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))))
      (a!37 (ite alternate_large_sectors_and_blocks_n3_r2_s0
                 (ite alternate_large_sectors_and_blocks_n3_r0_s0
                      (+ offset 16384)
                      (+ offset 0))
                 a!33))
      (a!38 (or (or a!29 a!35)
                (ite alternate_large_sectors_and_blocks_n3_r1_s1
                     (ite alternate_large_sectors_and_blocks_n3_r0_s0
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
(let ((a!10 (ite (<= 16384 (- a!8 (+ offset 32768)))
                 16384
                 (- a!8 (+ offset 32768))))
      (a!11 (ite (<= 16384 (- a!8 (+ offset 0))) 16384 (- a!8 (+ offset 0))))
      (a!12 (ite (<= 16384 (- a!8 (+ offset 16384)))
                 16384
                 (- a!8 (+ offset 16384))))
      (a!25 (< a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!42 (< a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!13 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 16384) a!12)))
      (a!14 (ite arrival_large_sectors_and_blocks_n3_r0_s0
                 (+ (+ offset 16384) a!12)
                 (+ (+ offset 0) a!11)))
      (a!26 (ite (and a!18 a!25) a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!30 (ite alternate_large_sectors_and_blocks_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 16384) a!12)))
      (a!31 (ite alternate_large_sectors_and_blocks_n3_r0_s0
                 (+ (+ offset 16384) a!12)
                 (+ (+ offset 0) a!11)))
      (a!43 (ite (and a!35 a!42) a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!15 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!10)
                      a!13)
                 a!14))
      (a!19 (ite arrival_large_sectors_and_blocks_n3_r2_s0
                 a!14
                 (ite arrival_large_sectors_and_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!10)
                      a!13)))
      (a!23 (- (ite arrival_large_sectors_and_blocks_n3_r1_s1
                    a!13
                    (+ (+ offset 32768) a!10))
               a!22))
      (a!27 (ite (and (ite arrival_large_sectors_and_blocks_n3_r1_s1
                           (ite arrival_large_sectors_and_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!22 a!26))
                 a!22
                 a!26))
      (a!32 (ite alternate_large_sectors_and_blocks_n3_r2_s0
                 (ite alternate_large_sectors_and_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!10)
                      a!30)
                 a!31))
      (a!36 (ite alternate_large_sectors_and_blocks_n3_r2_s0
                 a!31
                 (ite alternate_large_sectors_and_blocks_n3_r1_s1
                      (+ (+ offset 32768) a!10)
                      a!30)))
      (a!40 (- (ite alternate_large_sectors_and_blocks_n3_r1_s1
                    a!30
                    (+ (+ offset 32768) a!10))
               a!39))
      (a!44 (ite (and (ite alternate_large_sectors_and_blocks_n3_r1_s1
                           (ite alternate_large_sectors_and_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!39 a!43))
                 a!39
                 a!43)))
(let ((a!24 (+ 0
               (ite (not a!9) (- a!15 a!17) 0)
               (ite (not (or a!9 a!18)) (- a!19 a!20) 0)
               (ite (not a!21) a!23 0)))
      (a!28 (ite (< 0 (- a!27 offset))
                 (- a!27 offset)
                 (ite (and a!21 (= a!27 offset)) (- 5) (- 28))))
      (a!41 (+ 0
               (ite (not a!29) (- a!32 a!34) 0)
               (ite (not (or a!29 a!35)) (- a!36 a!37) 0)
               (ite (not a!38) a!40 0)))
      (a!45 (ite (< 0 (- a!44 offset))
                 (- a!44 offset)
                 (ite (and a!38 (= a!44 offset)) (- 5) (- 28)))))
(let ((a!46 (<= fileSize (+ offset (ite (< 0 a!24) a!24 a!28))))
      (a!49 (<= fileSize (+ offset (ite (< 0 a!41) a!41 a!45))))
      (a!52 (ite (< 0 (ite (< 0 a!24) a!24 a!28))
                 (+ offset (ite (< 0 a!24) a!24 a!28))
                 0))
      (a!55 (ite (< 0 (ite (< 0 a!41) a!41 a!45))
                 (+ offset (ite (< 0 a!41) a!41 a!45))
                 0)))
(let ((a!47 (ite a!46 (+ offset (ite (< 0 a!24) a!24 a!28)) fileSize))
      (a!50 (ite a!49 (+ offset (ite (< 0 a!41) a!41 a!45)) fileSize))
      (a!53 (ite (<= a!5 (ite (<= a!52 a!7) a!52 a!7))
                 (ite (<= a!52 a!7) a!52 a!7)
                 a!5))
      (a!56 (ite (<= a!5 (ite (<= a!55 a!7) a!55 a!7))
                 (ite (<= a!55 a!7) a!55 a!7)
                 a!5)))
(let ((a!48 (ite (< 0 (ite (< 0 a!24) a!24 a!28)) a!47 fileSize))
      (a!51 (ite (< 0 (ite (< 0 a!41) a!41 a!45)) a!50 fileSize))
      (a!54 (+ (- a!53 (mod a!53 65536)) (ite (= (mod a!53 65536) 0) 0 65536)))
      (a!57 (+ (- a!56 (mod a!56 65536)) (ite (= (mod a!56 65536) 0) 0 65536))))
(let ((a!58 (and (= (ite (< 0 a!24) a!24 a!28) (ite (< 0 a!41) a!41 a!45))
                 (= a!48 a!51)
                 (= (ite (<= a!54 a!7) a!54 a!7) (ite (<= a!57 a!7) a!57 a!7)))))
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
       (not a!58)))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry small-blocks
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_small_blocks_n3_r0_s0 () Bool)
(declare-fun alternate_small_blocks_n3_r1_s1 () Bool)
(declare-fun alternate_small_blocks_n3_r2_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_2 () Bool)
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
      (a!16 (ite arrival_small_blocks_n3_r1_s1
                 (+ offset 8192)
                 (ite arrival_small_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))))
      (a!18 (ite arrival_small_blocks_n3_r2_s0
                 (ite arrival_small_blocks_n3_r0_s0 failed_1 failed_0)
                 (ite arrival_small_blocks_n3_r1_s1
                      failed_2
                      (ite arrival_small_blocks_n3_r0_s0 failed_0 failed_1))))
      (a!22 (ite arrival_small_blocks_n3_r1_s1
                 (ite arrival_small_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 (+ offset 8192)))
      (a!29 (ite alternate_small_blocks_n3_r2_s0
                 (ite alternate_small_blocks_n3_r1_s1
                      failed_2
                      (ite alternate_small_blocks_n3_r0_s0 failed_0 failed_1))
                 (ite alternate_small_blocks_n3_r0_s0 failed_1 failed_0)))
      (a!33 (ite alternate_small_blocks_n3_r1_s1
                 (+ offset 8192)
                 (ite alternate_small_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))))
      (a!35 (ite alternate_small_blocks_n3_r2_s0
                 (ite alternate_small_blocks_n3_r0_s0 failed_1 failed_0)
                 (ite alternate_small_blocks_n3_r1_s1
                      failed_2
                      (ite alternate_small_blocks_n3_r0_s0 failed_0 failed_1))))
      (a!39 (ite alternate_small_blocks_n3_r1_s1
                 (ite alternate_small_blocks_n3_r0_s0
                      (+ offset 0)
                      (+ offset 4096))
                 (+ offset 8192))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 1024)) a!1))
      (a!4 (+ (- a!3 (mod a!3 1024)) (ite (= (mod a!3 1024) 0) 0 1024)))
      (a!17 (ite arrival_small_blocks_n3_r2_s0
                 a!16
                 (ite arrival_small_blocks_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))))
      (a!20 (ite arrival_small_blocks_n3_r2_s0
                 (ite arrival_small_blocks_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!16))
      (a!21 (or (or a!9 a!18)
                (ite arrival_small_blocks_n3_r1_s1
                     (ite arrival_small_blocks_n3_r0_s0 failed_0 failed_1)
                     failed_2)))
      (a!34 (ite alternate_small_blocks_n3_r2_s0
                 a!33
                 (ite alternate_small_blocks_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))))
      (a!37 (ite alternate_small_blocks_n3_r2_s0
                 (ite alternate_small_blocks_n3_r0_s0
                      (+ offset 4096)
                      (+ offset 0))
                 a!33))
      (a!38 (or (or a!29 a!35)
                (ite alternate_small_blocks_n3_r1_s1
                     (ite alternate_small_blocks_n3_r0_s0 failed_0 failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 1024)))
                (- offset (mod offset 1024))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 1024)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 1024))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!10 (ite (<= 4096 (- a!8 (+ offset 8192))) 4096 (- a!8 (+ offset 8192))))
      (a!11 (ite (<= 4096 (- a!8 (+ offset 0))) 4096 (- a!8 (+ offset 0))))
      (a!12 (ite (<= 4096 (- a!8 (+ offset 4096))) 4096 (- a!8 (+ offset 4096))))
      (a!25 (< a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!42 (< a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!13 (ite arrival_small_blocks_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 4096) a!12)))
      (a!14 (ite arrival_small_blocks_n3_r0_s0
                 (+ (+ offset 4096) a!12)
                 (+ (+ offset 0) a!11)))
      (a!26 (ite (and a!18 a!25) a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!30 (ite alternate_small_blocks_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 4096) a!12)))
      (a!31 (ite alternate_small_blocks_n3_r0_s0
                 (+ (+ offset 4096) a!12)
                 (+ (+ offset 0) a!11)))
      (a!43 (ite (and a!35 a!42) a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!15 (ite arrival_small_blocks_n3_r2_s0
                 (ite arrival_small_blocks_n3_r1_s1
                      (+ (+ offset 8192) a!10)
                      a!13)
                 a!14))
      (a!19 (ite arrival_small_blocks_n3_r2_s0
                 a!14
                 (ite arrival_small_blocks_n3_r1_s1
                      (+ (+ offset 8192) a!10)
                      a!13)))
      (a!23 (- (ite arrival_small_blocks_n3_r1_s1 a!13 (+ (+ offset 8192) a!10))
               a!22))
      (a!27 (ite (and (ite arrival_small_blocks_n3_r1_s1
                           (ite arrival_small_blocks_n3_r0_s0 failed_0 failed_1)
                           failed_2)
                      (< a!22 a!26))
                 a!22
                 a!26))
      (a!32 (ite alternate_small_blocks_n3_r2_s0
                 (ite alternate_small_blocks_n3_r1_s1
                      (+ (+ offset 8192) a!10)
                      a!30)
                 a!31))
      (a!36 (ite alternate_small_blocks_n3_r2_s0
                 a!31
                 (ite alternate_small_blocks_n3_r1_s1
                      (+ (+ offset 8192) a!10)
                      a!30)))
      (a!40 (- (ite alternate_small_blocks_n3_r1_s1
                    a!30
                    (+ (+ offset 8192) a!10))
               a!39))
      (a!44 (ite (and (ite alternate_small_blocks_n3_r1_s1
                           (ite alternate_small_blocks_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!39 a!43))
                 a!39
                 a!43)))
(let ((a!24 (+ 0
               (ite (not a!9) (- a!15 a!17) 0)
               (ite (not (or a!9 a!18)) (- a!19 a!20) 0)
               (ite (not a!21) a!23 0)))
      (a!28 (ite (< 0 (- a!27 offset))
                 (- a!27 offset)
                 (ite (and a!21 (= a!27 offset)) (- 5) (- 28))))
      (a!41 (+ 0
               (ite (not a!29) (- a!32 a!34) 0)
               (ite (not (or a!29 a!35)) (- a!36 a!37) 0)
               (ite (not a!38) a!40 0)))
      (a!45 (ite (< 0 (- a!44 offset))
                 (- a!44 offset)
                 (ite (and a!38 (= a!44 offset)) (- 5) (- 28)))))
(let ((a!46 (<= fileSize (+ offset (ite (< 0 a!24) a!24 a!28))))
      (a!49 (<= fileSize (+ offset (ite (< 0 a!41) a!41 a!45))))
      (a!52 (ite (< 0 (ite (< 0 a!24) a!24 a!28))
                 (+ offset (ite (< 0 a!24) a!24 a!28))
                 0))
      (a!55 (ite (< 0 (ite (< 0 a!41) a!41 a!45))
                 (+ offset (ite (< 0 a!41) a!41 a!45))
                 0)))
(let ((a!47 (ite a!46 (+ offset (ite (< 0 a!24) a!24 a!28)) fileSize))
      (a!50 (ite a!49 (+ offset (ite (< 0 a!41) a!41 a!45)) fileSize))
      (a!53 (ite (<= a!5 (ite (<= a!52 a!7) a!52 a!7))
                 (ite (<= a!52 a!7) a!52 a!7)
                 a!5))
      (a!56 (ite (<= a!5 (ite (<= a!55 a!7) a!55 a!7))
                 (ite (<= a!55 a!7) a!55 a!7)
                 a!5)))
(let ((a!48 (ite (< 0 (ite (< 0 a!24) a!24 a!28)) a!47 fileSize))
      (a!51 (ite (< 0 (ite (< 0 a!41) a!41 a!45)) a!50 fileSize))
      (a!54 (+ (- a!53 (mod a!53 1024)) (ite (= (mod a!53 1024) 0) 0 1024)))
      (a!57 (+ (- a!56 (mod a!56 1024)) (ite (= (mod a!56 1024) 0) 0 1024))))
(let ((a!58 (and (= (ite (< 0 a!24) a!24 a!28) (ite (< 0 a!41) a!41 a!45))
                 (= a!48 a!51)
                 (= (ite (<= a!54 a!7) a!54 a!7) (ite (<= a!57 a!7) a!57 a!7)))))
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
       (not a!58)))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry large-blocks-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_large_blocks_bio_not_dividing_n3_r0_s0 () Bool)
(declare-fun alternate_large_blocks_bio_not_dividing_n3_r1_s1 () Bool)
(declare-fun alternate_large_blocks_bio_not_dividing_n3_r2_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_2 () Bool)
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
      (a!16 (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                 (+ offset 24576)
                 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 12288))))
      (a!18 (ite arrival_large_blocks_bio_not_dividing_n3_r2_s0
                 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                      failed_2
                      (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!22 (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 12288))
                 (+ offset 24576)))
      (a!29 (ite alternate_large_blocks_bio_not_dividing_n3_r2_s0
                 (ite alternate_large_blocks_bio_not_dividing_n3_r1_s1
                      failed_2
                      (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                      failed_1
                      failed_0)))
      (a!33 (ite alternate_large_blocks_bio_not_dividing_n3_r1_s1
                 (+ offset 24576)
                 (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 12288))))
      (a!35 (ite alternate_large_blocks_bio_not_dividing_n3_r2_s0
                 (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite alternate_large_blocks_bio_not_dividing_n3_r1_s1
                      failed_2
                      (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!39 (ite alternate_large_blocks_bio_not_dividing_n3_r1_s1
                 (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 12288))
                 (+ offset 24576))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 16384)) a!1))
      (a!4 (+ (- a!3 (mod a!3 16384)) (ite (= (mod a!3 16384) 0) 0 16384)))
      (a!17 (ite arrival_large_blocks_bio_not_dividing_n3_r2_s0
                 a!16
                 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 12288)
                      (+ offset 0))))
      (a!20 (ite arrival_large_blocks_bio_not_dividing_n3_r2_s0
                 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 12288)
                      (+ offset 0))
                 a!16))
      (a!21 (or (or a!9 a!18)
                (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                     (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!34 (ite alternate_large_blocks_bio_not_dividing_n3_r2_s0
                 a!33
                 (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 12288)
                      (+ offset 0))))
      (a!37 (ite alternate_large_blocks_bio_not_dividing_n3_r2_s0
                 (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                      (+ offset 12288)
                      (+ offset 0))
                 a!33))
      (a!38 (or (or a!29 a!35)
                (ite alternate_large_blocks_bio_not_dividing_n3_r1_s1
                     (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 16384)))
                (- offset (mod offset 16384))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 16384)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 16384))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!10 (ite (<= 12288 (- a!8 (+ offset 24576)))
                 12288
                 (- a!8 (+ offset 24576))))
      (a!11 (ite (<= 12288 (- a!8 (+ offset 0))) 12288 (- a!8 (+ offset 0))))
      (a!12 (ite (<= 12288 (- a!8 (+ offset 12288)))
                 12288
                 (- a!8 (+ offset 12288))))
      (a!25 (< a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!42 (< a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!13 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 12288) a!12)))
      (a!14 (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 12288) a!12)
                 (+ (+ offset 0) a!11)))
      (a!26 (ite (and a!18 a!25) a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!30 (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 12288) a!12)))
      (a!31 (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 12288) a!12)
                 (+ (+ offset 0) a!11)))
      (a!43 (ite (and a!35 a!42) a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!15 (ite arrival_large_blocks_bio_not_dividing_n3_r2_s0
                 (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 24576) a!10)
                      a!13)
                 a!14))
      (a!19 (ite arrival_large_blocks_bio_not_dividing_n3_r2_s0
                 a!14
                 (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 24576) a!10)
                      a!13)))
      (a!23 (- (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                    a!13
                    (+ (+ offset 24576) a!10))
               a!22))
      (a!27 (ite (and (ite arrival_large_blocks_bio_not_dividing_n3_r1_s1
                           (ite arrival_large_blocks_bio_not_dividing_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!22 a!26))
                 a!22
                 a!26))
      (a!32 (ite alternate_large_blocks_bio_not_dividing_n3_r2_s0
                 (ite alternate_large_blocks_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 24576) a!10)
                      a!30)
                 a!31))
      (a!36 (ite alternate_large_blocks_bio_not_dividing_n3_r2_s0
                 a!31
                 (ite alternate_large_blocks_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 24576) a!10)
                      a!30)))
      (a!40 (- (ite alternate_large_blocks_bio_not_dividing_n3_r1_s1
                    a!30
                    (+ (+ offset 24576) a!10))
               a!39))
      (a!44 (ite (and (ite alternate_large_blocks_bio_not_dividing_n3_r1_s1
                           (ite alternate_large_blocks_bio_not_dividing_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!39 a!43))
                 a!39
                 a!43)))
(let ((a!24 (+ 0
               (ite (not a!9) (- a!15 a!17) 0)
               (ite (not (or a!9 a!18)) (- a!19 a!20) 0)
               (ite (not a!21) a!23 0)))
      (a!28 (ite (< 0 (- a!27 offset))
                 (- a!27 offset)
                 (ite (and a!21 (= a!27 offset)) (- 5) (- 28))))
      (a!41 (+ 0
               (ite (not a!29) (- a!32 a!34) 0)
               (ite (not (or a!29 a!35)) (- a!36 a!37) 0)
               (ite (not a!38) a!40 0)))
      (a!45 (ite (< 0 (- a!44 offset))
                 (- a!44 offset)
                 (ite (and a!38 (= a!44 offset)) (- 5) (- 28)))))
(let ((a!46 (<= fileSize (+ offset (ite (< 0 a!24) a!24 a!28))))
      (a!49 (<= fileSize (+ offset (ite (< 0 a!41) a!41 a!45))))
      (a!52 (ite (< 0 (ite (< 0 a!24) a!24 a!28))
                 (+ offset (ite (< 0 a!24) a!24 a!28))
                 0))
      (a!55 (ite (< 0 (ite (< 0 a!41) a!41 a!45))
                 (+ offset (ite (< 0 a!41) a!41 a!45))
                 0)))
(let ((a!47 (ite a!46 (+ offset (ite (< 0 a!24) a!24 a!28)) fileSize))
      (a!50 (ite a!49 (+ offset (ite (< 0 a!41) a!41 a!45)) fileSize))
      (a!53 (ite (<= a!5 (ite (<= a!52 a!7) a!52 a!7))
                 (ite (<= a!52 a!7) a!52 a!7)
                 a!5))
      (a!56 (ite (<= a!5 (ite (<= a!55 a!7) a!55 a!7))
                 (ite (<= a!55 a!7) a!55 a!7)
                 a!5)))
(let ((a!48 (ite (< 0 (ite (< 0 a!24) a!24 a!28)) a!47 fileSize))
      (a!51 (ite (< 0 (ite (< 0 a!41) a!41 a!45)) a!50 fileSize))
      (a!54 (+ (- a!53 (mod a!53 16384)) (ite (= (mod a!53 16384) 0) 0 16384)))
      (a!57 (+ (- a!56 (mod a!56 16384)) (ite (= (mod a!56 16384) 0) 0 16384))))
(let ((a!58 (and (= (ite (< 0 a!24) a!24 a!28) (ite (< 0 a!41) a!41 a!45))
                 (= a!48 a!51)
                 (= (ite (<= a!54 a!7) a!54 a!7) (ite (<= a!57 a!7) a!57 a!7)))))
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
       (not a!58)))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry sectors-1k-bio-not-dividing
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_sectors_1k_bio_not_dividing_n3_r0_s0 () Bool)
(declare-fun alternate_sectors_1k_bio_not_dividing_n3_r1_s1 () Bool)
(declare-fun alternate_sectors_1k_bio_not_dividing_n3_r2_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_2 () Bool)
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
      (a!16 (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                 (+ offset 6144)
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 3072))))
      (a!18 (ite arrival_sectors_1k_bio_not_dividing_n3_r2_s0
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                      failed_2
                      (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!22 (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 3072))
                 (+ offset 6144)))
      (a!29 (ite alternate_sectors_1k_bio_not_dividing_n3_r2_s0
                 (ite alternate_sectors_1k_bio_not_dividing_n3_r1_s1
                      failed_2
                      (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
                      failed_1
                      failed_0)))
      (a!33 (ite alternate_sectors_1k_bio_not_dividing_n3_r1_s1
                 (+ offset 6144)
                 (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 3072))))
      (a!35 (ite alternate_sectors_1k_bio_not_dividing_n3_r2_s0
                 (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite alternate_sectors_1k_bio_not_dividing_n3_r1_s1
                      failed_2
                      (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!39 (ite alternate_sectors_1k_bio_not_dividing_n3_r1_s1
                 (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 0)
                      (+ offset 3072))
                 (+ offset 6144))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 4096)) a!1))
      (a!4 (+ (- a!3 (mod a!3 4096)) (ite (= (mod a!3 4096) 0) 0 4096)))
      (a!17 (ite arrival_sectors_1k_bio_not_dividing_n3_r2_s0
                 a!16
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 3072)
                      (+ offset 0))))
      (a!20 (ite arrival_sectors_1k_bio_not_dividing_n3_r2_s0
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 3072)
                      (+ offset 0))
                 a!16))
      (a!21 (or (or a!9 a!18)
                (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                     (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!34 (ite alternate_sectors_1k_bio_not_dividing_n3_r2_s0
                 a!33
                 (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 3072)
                      (+ offset 0))))
      (a!37 (ite alternate_sectors_1k_bio_not_dividing_n3_r2_s0
                 (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
                      (+ offset 3072)
                      (+ offset 0))
                 a!33))
      (a!38 (or (or a!29 a!35)
                (ite alternate_sectors_1k_bio_not_dividing_n3_r1_s1
                     (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
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
(let ((a!10 (ite (<= 3072 (- a!8 (+ offset 6144))) 3072 (- a!8 (+ offset 6144))))
      (a!11 (ite (<= 3072 (- a!8 (+ offset 0))) 3072 (- a!8 (+ offset 0))))
      (a!12 (ite (<= 3072 (- a!8 (+ offset 3072))) 3072 (- a!8 (+ offset 3072))))
      (a!25 (< a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!42 (< a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!13 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 3072) a!12)))
      (a!14 (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 3072) a!12)
                 (+ (+ offset 0) a!11)))
      (a!26 (ite (and a!18 a!25) a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!30 (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 3072) a!12)))
      (a!31 (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
                 (+ (+ offset 3072) a!12)
                 (+ (+ offset 0) a!11)))
      (a!43 (ite (and a!35 a!42) a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!15 (ite arrival_sectors_1k_bio_not_dividing_n3_r2_s0
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 6144) a!10)
                      a!13)
                 a!14))
      (a!19 (ite arrival_sectors_1k_bio_not_dividing_n3_r2_s0
                 a!14
                 (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 6144) a!10)
                      a!13)))
      (a!23 (- (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                    a!13
                    (+ (+ offset 6144) a!10))
               a!22))
      (a!27 (ite (and (ite arrival_sectors_1k_bio_not_dividing_n3_r1_s1
                           (ite arrival_sectors_1k_bio_not_dividing_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!22 a!26))
                 a!22
                 a!26))
      (a!32 (ite alternate_sectors_1k_bio_not_dividing_n3_r2_s0
                 (ite alternate_sectors_1k_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 6144) a!10)
                      a!30)
                 a!31))
      (a!36 (ite alternate_sectors_1k_bio_not_dividing_n3_r2_s0
                 a!31
                 (ite alternate_sectors_1k_bio_not_dividing_n3_r1_s1
                      (+ (+ offset 6144) a!10)
                      a!30)))
      (a!40 (- (ite alternate_sectors_1k_bio_not_dividing_n3_r1_s1
                    a!30
                    (+ (+ offset 6144) a!10))
               a!39))
      (a!44 (ite (and (ite alternate_sectors_1k_bio_not_dividing_n3_r1_s1
                           (ite alternate_sectors_1k_bio_not_dividing_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!39 a!43))
                 a!39
                 a!43)))
(let ((a!24 (+ 0
               (ite (not a!9) (- a!15 a!17) 0)
               (ite (not (or a!9 a!18)) (- a!19 a!20) 0)
               (ite (not a!21) a!23 0)))
      (a!28 (ite (< 0 (- a!27 offset))
                 (- a!27 offset)
                 (ite (and a!21 (= a!27 offset)) (- 5) (- 28))))
      (a!41 (+ 0
               (ite (not a!29) (- a!32 a!34) 0)
               (ite (not (or a!29 a!35)) (- a!36 a!37) 0)
               (ite (not a!38) a!40 0)))
      (a!45 (ite (< 0 (- a!44 offset))
                 (- a!44 offset)
                 (ite (and a!38 (= a!44 offset)) (- 5) (- 28)))))
(let ((a!46 (<= fileSize (+ offset (ite (< 0 a!24) a!24 a!28))))
      (a!49 (<= fileSize (+ offset (ite (< 0 a!41) a!41 a!45))))
      (a!52 (ite (< 0 (ite (< 0 a!24) a!24 a!28))
                 (+ offset (ite (< 0 a!24) a!24 a!28))
                 0))
      (a!55 (ite (< 0 (ite (< 0 a!41) a!41 a!45))
                 (+ offset (ite (< 0 a!41) a!41 a!45))
                 0)))
(let ((a!47 (ite a!46 (+ offset (ite (< 0 a!24) a!24 a!28)) fileSize))
      (a!50 (ite a!49 (+ offset (ite (< 0 a!41) a!41 a!45)) fileSize))
      (a!53 (ite (<= a!5 (ite (<= a!52 a!7) a!52 a!7))
                 (ite (<= a!52 a!7) a!52 a!7)
                 a!5))
      (a!56 (ite (<= a!5 (ite (<= a!55 a!7) a!55 a!7))
                 (ite (<= a!55 a!7) a!55 a!7)
                 a!5)))
(let ((a!48 (ite (< 0 (ite (< 0 a!24) a!24 a!28)) a!47 fileSize))
      (a!51 (ite (< 0 (ite (< 0 a!41) a!41 a!45)) a!50 fileSize))
      (a!54 (+ (- a!53 (mod a!53 4096)) (ite (= (mod a!53 4096) 0) 0 4096)))
      (a!57 (+ (- a!56 (mod a!56 4096)) (ite (= (mod a!56 4096) 0) 0 4096))))
(let ((a!58 (and (= (ite (< 0 a!24) a!24 a!28) (ite (< 0 a!41) a!41 a!45))
                 (= a!48 a!51)
                 (= (ite (<= a!54 a!7) a!54 a!7) (ite (<= a!57 a!7) a!57 a!7)))))
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
       (not a!58)))))))))))))))))
(check-sat)
(reset)
; case: 3 BIOs, geometry sectors-2k-bio-unaligned-above-block
(set-option :produce-models true)
(set-logic QF_LIA)
(declare-fun freeBlocks () Int)
(declare-fun length () Int)
(declare-fun offset () Int)
(declare-fun fileSize () Int)
(declare-fun alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0 () Bool)
(declare-fun alternate_sectors_2k_bio_unaligned_above_block_n3_r1_s1 () Bool)
(declare-fun alternate_sectors_2k_bio_unaligned_above_block_n3_r2_s0 () Bool)
(declare-fun failed_0 () Bool)
(declare-fun failed_1 () Bool)
(declare-fun failed_2 () Bool)
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
      (a!16 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                 (+ offset 40960)
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 20480))))
      (a!18 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                      failed_2
                      (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!22 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 20480))
                 (+ offset 40960)))
      (a!29 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                      failed_2
                      (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                           failed_0
                           failed_1))
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      failed_1
                      failed_0)))
      (a!33 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                 (+ offset 40960)
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 20480))))
      (a!35 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      failed_1
                      failed_0)
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                      failed_2
                      (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                           failed_0
                           failed_1))))
      (a!39 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 0)
                      (+ offset 20480))
                 (+ offset 40960))))
(let ((a!2 (+ (- (+ offset length) (mod (+ offset length) 8192)) a!1))
      (a!4 (+ (- a!3 (mod a!3 8192)) (ite (= (mod a!3 8192) 0) 0 8192)))
      (a!17 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 a!16
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 20480)
                      (+ offset 0))))
      (a!20 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 20480)
                      (+ offset 0))
                 a!16))
      (a!21 (or (or a!9 a!18)
                (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                     (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2)))
      (a!34 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 a!33
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 20480)
                      (+ offset 0))))
      (a!37 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                      (+ offset 20480)
                      (+ offset 0))
                 a!33))
      (a!38 (or (or a!29 a!35)
                (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                     (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                          failed_0
                          failed_1)
                     failed_2))))
(let ((a!5 (ite (<= a!4 (- offset (mod offset 8192)))
                (- offset (mod offset 8192))
                a!4)))
(let ((a!6 (div (- (ite (<= a!5 a!2) a!2 a!5) a!5) 8192)))
(let ((a!7 (+ a!5 (* (ite (<= a!6 freeBlocks) a!6 freeBlocks) 8192))))
(let ((a!8 (ite (< (ite (<= a!6 freeBlocks) a!6 freeBlocks) a!6)
                (ite (<= offset a!7) a!7 offset)
                (+ offset length))))
(let ((a!10 (ite (<= 20480 (- a!8 (+ offset 40960)))
                 20480
                 (- a!8 (+ offset 40960))))
      (a!11 (ite (<= 20480 (- a!8 (+ offset 0))) 20480 (- a!8 (+ offset 0))))
      (a!12 (ite (<= 20480 (- a!8 (+ offset 20480)))
                 20480
                 (- a!8 (+ offset 20480))))
      (a!25 (< a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!42 (< a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!13 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 20480) a!12)))
      (a!14 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                 (+ (+ offset 20480) a!12)
                 (+ (+ offset 0) a!11)))
      (a!26 (ite (and a!18 a!25) a!20 (ite (and a!9 (< a!17 a!8)) a!17 a!8)))
      (a!30 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                 (+ (+ offset 0) a!11)
                 (+ (+ offset 20480) a!12)))
      (a!31 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                 (+ (+ offset 20480) a!12)
                 (+ (+ offset 0) a!11)))
      (a!43 (ite (and a!35 a!42) a!37 (ite (and a!29 (< a!34 a!8)) a!34 a!8))))
(let ((a!15 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                      (+ (+ offset 40960) a!10)
                      a!13)
                 a!14))
      (a!19 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 a!14
                 (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                      (+ (+ offset 40960) a!10)
                      a!13)))
      (a!23 (- (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                    a!13
                    (+ (+ offset 40960) a!10))
               a!22))
      (a!27 (ite (and (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                           (ite arrival_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!22 a!26))
                 a!22
                 a!26))
      (a!32 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                      (+ (+ offset 40960) a!10)
                      a!30)
                 a!31))
      (a!36 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r2_s0
                 a!31
                 (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                      (+ (+ offset 40960) a!10)
                      a!30)))
      (a!40 (- (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                    a!30
                    (+ (+ offset 40960) a!10))
               a!39))
      (a!44 (ite (and (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r1_s1
                           (ite alternate_sectors_2k_bio_unaligned_above_block_n3_r0_s0
                                failed_0
                                failed_1)
                           failed_2)
                      (< a!39 a!43))
                 a!39
                 a!43)))
(let ((a!24 (+ 0
               (ite (not a!9) (- a!15 a!17) 0)
               (ite (not (or a!9 a!18)) (- a!19 a!20) 0)
               (ite (not a!21) a!23 0)))
      (a!28 (ite (< 0 (- a!27 offset))
                 (- a!27 offset)
                 (ite (and a!21 (= a!27 offset)) (- 5) (- 28))))
      (a!41 (+ 0
               (ite (not a!29) (- a!32 a!34) 0)
               (ite (not (or a!29 a!35)) (- a!36 a!37) 0)
               (ite (not a!38) a!40 0)))
      (a!45 (ite (< 0 (- a!44 offset))
                 (- a!44 offset)
                 (ite (and a!38 (= a!44 offset)) (- 5) (- 28)))))
(let ((a!46 (<= fileSize (+ offset (ite (< 0 a!24) a!24 a!28))))
      (a!49 (<= fileSize (+ offset (ite (< 0 a!41) a!41 a!45))))
      (a!52 (ite (< 0 (ite (< 0 a!24) a!24 a!28))
                 (+ offset (ite (< 0 a!24) a!24 a!28))
                 0))
      (a!55 (ite (< 0 (ite (< 0 a!41) a!41 a!45))
                 (+ offset (ite (< 0 a!41) a!41 a!45))
                 0)))
(let ((a!47 (ite a!46 (+ offset (ite (< 0 a!24) a!24 a!28)) fileSize))
      (a!50 (ite a!49 (+ offset (ite (< 0 a!41) a!41 a!45)) fileSize))
      (a!53 (ite (<= a!5 (ite (<= a!52 a!7) a!52 a!7))
                 (ite (<= a!52 a!7) a!52 a!7)
                 a!5))
      (a!56 (ite (<= a!5 (ite (<= a!55 a!7) a!55 a!7))
                 (ite (<= a!55 a!7) a!55 a!7)
                 a!5)))
(let ((a!48 (ite (< 0 (ite (< 0 a!24) a!24 a!28)) a!47 fileSize))
      (a!51 (ite (< 0 (ite (< 0 a!41) a!41 a!45)) a!50 fileSize))
      (a!54 (+ (- a!53 (mod a!53 8192)) (ite (= (mod a!53 8192) 0) 0 8192)))
      (a!57 (+ (- a!56 (mod a!56 8192)) (ite (= (mod a!56 8192) 0) 0 8192))))
(let ((a!58 (and (= (ite (< 0 a!24) a!24 a!28) (ite (< 0 a!41) a!41 a!45))
                 (= a!48 a!51)
                 (= (ite (<= a!54 a!7) a!54 a!7) (ite (<= a!57 a!7) a!57 a!7)))))
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
       (not a!58)))))))))))))))))
(check-sat)
(reset)
