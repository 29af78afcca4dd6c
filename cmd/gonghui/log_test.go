package main

import (
	"io"
	"log"
	"sync"
)

// lockedWriter serialises writes from the server's goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func newTestLogger(w io.Writer) *log.Logger { return log.New(&lockedWriter{w: w}, "", 0) }
