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

// func addRows112AVX2(sum *int32, dense *int16, offs *int32, n int)
// Adds the n dense rows of 112 weights at dense+2*offs[i] to the 112 int32
// at sum, keeping the sums in Y2-Y15 meanwhile.
TEXT ·addRows112AVX2(SB), NOSPLIT, $0-32
	MOVQ sum+0(FP), DI
	MOVQ dense+8(FP), SI
	MOVQ offs+16(FP), BX
	MOVQ n+24(FP), CX
	VMOVDQU 0(DI), Y2
	VMOVDQU 32(DI), Y3
	VMOVDQU 64(DI), Y4
	VMOVDQU 96(DI), Y5
	VMOVDQU 128(DI), Y6
	VMOVDQU 160(DI), Y7
	VMOVDQU 192(DI), Y8
	VMOVDQU 224(DI), Y9
	VMOVDQU 256(DI), Y10
	VMOVDQU 288(DI), Y11
	VMOVDQU 320(DI), Y12
	VMOVDQU 352(DI), Y13
	VMOVDQU 384(DI), Y14
	VMOVDQU 416(DI), Y15
rows:
	MOVLQSX   (BX), AX
	LEAQ      (SI)(AX*2), DX
	VPMOVSXWD 0(DX), Y0
	VPADDD    Y0, Y2, Y2
	VPMOVSXWD 16(DX), Y1
	VPADDD    Y1, Y3, Y3
	VPMOVSXWD 32(DX), Y0
	VPADDD    Y0, Y4, Y4
	VPMOVSXWD 48(DX), Y1
	VPADDD    Y1, Y5, Y5
	VPMOVSXWD 64(DX), Y0
	VPADDD    Y0, Y6, Y6
	VPMOVSXWD 80(DX), Y1
	VPADDD    Y1, Y7, Y7
	VPMOVSXWD 96(DX), Y0
	VPADDD    Y0, Y8, Y8
	VPMOVSXWD 112(DX), Y1
	VPADDD    Y1, Y9, Y9
	VPMOVSXWD 128(DX), Y0
	VPADDD    Y0, Y10, Y10
	VPMOVSXWD 144(DX), Y1
	VPADDD    Y1, Y11, Y11
	VPMOVSXWD 160(DX), Y0
	VPADDD    Y0, Y12, Y12
	VPMOVSXWD 176(DX), Y1
	VPADDD    Y1, Y13, Y13
	VPMOVSXWD 192(DX), Y0
	VPADDD    Y0, Y14, Y14
	VPMOVSXWD 208(DX), Y1
	VPADDD    Y1, Y15, Y15
	ADDQ      $4, BX
	DECQ      CX
	JNZ       rows
	VMOVDQU Y2, 0(DI)
	VMOVDQU Y3, 32(DI)
	VMOVDQU Y4, 64(DI)
	VMOVDQU Y5, 96(DI)
	VMOVDQU Y6, 128(DI)
	VMOVDQU Y7, 160(DI)
	VMOVDQU Y8, 192(DI)
	VMOVDQU Y9, 224(DI)
	VMOVDQU Y10, 256(DI)
	VMOVDQU Y11, 288(DI)
	VMOVDQU Y12, 320(DI)
	VMOVDQU Y13, 352(DI)
	VMOVDQU Y14, 384(DI)
	VMOVDQU Y15, 416(DI)
	VZEROUPPER
	RET

// func prefetchSlots(slots *uint64, mask uint64, feats *uint64, n int)
// Prefetches the home slot of each of the n features: prefetches retire
// without waiting for their lines, so all of them are under way at once.
TEXT ·prefetchSlots(SB), NOSPLIT, $0-32
	MOVQ slots+0(FP), DI
	MOVQ mask+8(FP), DX
	MOVQ feats+16(FP), SI
	MOVQ n+24(FP), CX
	TESTQ CX, CX
	JLE  pdone
ploop:
	MOVQ       (SI), AX
	ANDQ       DX, AX
	PREFETCHT0 (DI)(AX*8)
	ADDQ       $8, SI
	DECQ       CX
	JNZ        ploop
pdone:
	RET

// func prefetchRows(sparse *uint32, rows *uint64, n int)
// Prefetches the first and the last weight of the sparse row of each of
// the n slots, the row's two lines when it crosses a line boundary (for
// other slots, harmless prefetches of some lines).
TEXT ·prefetchRows(SB), NOSPLIT, $0-24
	MOVQ sparse+0(FP), DI
	MOVQ rows+8(FP), SI
	MOVQ n+16(FP), CX
	TESTQ CX, CX
	JLE  rdone
rloop:
	MOVQ       (SI), AX
	MOVQ       AX, DX
	ANDQ       $0xff, DX
	SHRQ       $8, AX
	ANDQ       $0xffffff, AX
	PREFETCHT0 (DI)(AX*4)
	ADDQ       AX, DX
	PREFETCHT0 -4(DI)(DX*4)
	ADDQ       $8, SI
	DECQ       CX
	JNZ        rloop
rdone:
	RET
