import { useEffect, useRef, useState } from 'react';
import { pathForFile } from '../../api/client';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * A file dropped anywhere on the window while the wizard is open: its path (Electron's preload knows it),
 * or null when the page cannot know where the file is (browser mode). `dragging` is true while a file is
 * held over the window, for the drop hint.
 */
export function useFileDrop(onDrop: (path: string | null) => void, enabled: boolean): { dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  const latest = useRef({ onDrop, enabled });
  useEffect(() => {
    latest.current = { onDrop, enabled };
  });

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; a counter tells when the window itself is left.
    let depth = 0;
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the drop would navigate the window to the file.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = latest.current.enabled ? 'copy' : 'none';
    };
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event) || !latest.current.enabled) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file || !latest.current.enabled) return;
      latest.current.onDrop(pathForFile(file));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return { dragging };
}
