import { Image, Skeleton } from '@mantine/core';
import { toString } from 'qrcode';
import { useEffect, useState } from 'react';

/** The otpauth:// URI as a QR code for the phone to scan, drawn in the browser (nothing leaves it). */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 200 }).then((markup) => {
      if (current) setSvg(markup);
    });
    return () => {
      current = false;
    };
  }, [value]);
  if (!svg) return <Skeleton w={200} h={200} />;
  return (
    <Image
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
      w={200}
      h={200}
      bg="white"
      radius="sm"
    />
  );
}
