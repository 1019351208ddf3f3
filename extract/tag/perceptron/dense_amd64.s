#include "textflag.h"

// func addDenseAVX2(sum *int32, row *int16, n int)
// Sign-extends 16 weights at a time to int32 and adds them to sum.
TEXT ·addDenseAVX2(SB), NOSPLIT, $0-24
	MOVQ sum+0(FP), DI
	MOVQ row+8(FP), SI
	MOVQ n+16(FP), CX
loop:
	VPMOVSXWD (SI), Y0
	VPMOVSXWD 16(SI), Y1
	VPADDD    (DI), Y0, Y0
	VPADDD    32(DI), Y1, Y1
	VMOVDQU   Y0, (DI)
	VMOVDQU   Y1, 32(DI)
	ADDQ      $32, SI
	ADDQ      $64, DI
	SUBQ      $16, CX
	JNZ       loop
	VZEROUPPER
	RET
