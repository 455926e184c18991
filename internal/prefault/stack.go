package prefault

// StackBytes is the size Stack grows the calling goroutine's stack to.
const StackBytes = 64 << 10

// Stack grows the calling goroutine's stack to StackBytes now, while the goroutine is
// shallow. A goroutine starts with a few kilobytes of stack and doubles it each time a
// call runs out of room: the runtime then copies the stack and walks every frame on
// it to adjust its pointers (decoding each frame's tables), so a deep call chain (a
// regular expression compiled at package init, the built-in data's decoders, the
// pipeline) pays for four or five copies of a deep stack. Grown here, in one step,
// the copy walks a couple of frames. Stack is not inlined, so its frame is given back
// when it returns.
//
//go:noinline
func Stack() {
	var frame [StackBytes / 2]byte
	stackSink(&frame)
}

// stackSink keeps Stack's frame on the stack: the compiler may not drop it.
//
//go:noinline
func stackSink(*[StackBytes / 2]byte) {}
