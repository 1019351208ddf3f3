#include "textflag.h"

// func addWeightsAVX2(s *[17]float32, w *[17]int8, scale float32)
// s[y] += float32(w[y]) * scale for the 17 labels: two vectors of eight,
// then the last one alone. Products and sums are rounded one by one, as
// Go's scalar code rounds them.
TEXT ·addWeightsAVX2(SB), NOSPLIT, $0-20
	MOVQ         s+0(FP), DI
	MOVQ         w+8(FP), SI
	VBROADCASTSS scale+16(FP), Y2
	VPMOVSXBD    (SI), Y0
	VCVTDQ2PS    Y0, Y0
	VMULPS       Y2, Y0, Y0
	VADDPS       (DI), Y0, Y0
	VMOVUPS      Y0, (DI)
	VPMOVSXBD    8(SI), Y1
	VCVTDQ2PS    Y1, Y1
	VMULPS       Y2, Y1, Y1
	VADDPS       32(DI), Y1, Y1
	VMOVUPS      Y1, 32(DI)
	MOVBLSX      16(SI), AX
	VCVTSI2SSL   AX, X0, X0
	VMULSS       X2, X0, X0
	VADDSS       64(DI), X0, X0
	VMOVSS       X0, 64(DI)
	VZEROUPPER
	RET
