import { useEffect, useRef, useState } from 'react';

const SIZE = 128;

/**
 * Shows a chosen image before it is uploaded. The console's policy lets images come from its own
 * origin only, so neither a blob: nor a data: URL may be shown; decoding the file into a canvas
 * needs neither.
 */
export function AvatarPreview({ file }: { file: File }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [unreadable, setUnreadable] = useState(false);

  useEffect(() => {
    let stale = false;
    setUnreadable(false);
    createImageBitmap(file)
      .then((bitmap) => {
        const context = canvas.current?.getContext('2d');
        if (!stale && context) {
          // Crop to the centred square, as the round avatar will show it.
          const side = Math.min(bitmap.width, bitmap.height);
          const left = (bitmap.width - side) / 2;
          const top = (bitmap.height - side) / 2;
          context.clearRect(0, 0, SIZE, SIZE);
          context.drawImage(bitmap, left, top, side, side, 0, 0, SIZE, SIZE);
        }
        bitmap.close();
      })
      .catch(() => {
        if (!stale) setUnreadable(true);
      });
    return () => {
      stale = true;
    };
  }, [file]);

  if (unreadable) return <p className="muted">This file cannot be shown as an image.</p>;
  return (
    <canvas
      ref={canvas}
      className="avatar avatar-large"
      width={SIZE}
      height={SIZE}
      role="img"
      aria-label={`Preview of ${file.name}`}
    />
  );
}
