// The one function of the `qrcode` package this app uses (the package ships no types of its own).
declare module 'qrcode' {
  interface QrSvgOptions {
    type: 'svg';
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    margin?: number;
    width?: number;
  }
  export function toString(text: string, options: QrSvgOptions): Promise<string>;
}
