"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * A value that follows `value` once the browser has painted the render that changed it: the
 * urgent part of a change (what was asked for) reaches the screen in one frame, and the work that
 * reads this value runs after that paint, as an interruptible transition. A newer value before
 * then cancels the pending one, so fast typing does the background work once, when it pauses.
 */
export function useAfterPaint<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callback runs just before it paints; a task queued from it runs just after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setSettled(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, settled]);
  return settled;
}
