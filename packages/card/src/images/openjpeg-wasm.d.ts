/**
 * Types for the parts of `@cornerstonejs/codec-openjpeg` (Emscripten build of OpenJPEG) that jp2.ts uses; the
 * package ships none. API: chafey/openjpegjs `src/J2KEncoder.hpp`, `src/J2KDecoder.hpp`.
 */
declare module '@cornerstonejs/codec-openjpeg/wasmjs' {
  /** Pixel layout of a frame. */
  export interface OpenJpegFrameInfo {
    width: number;
    height: number;
    bitsPerSample: number;
    componentCount: number;
    isSigned: boolean;
  }
  /** J2K codestream decoder (embind object; call delete()). */
  export interface OpenJpegDecoder {
    getEncodedBuffer(length: number): Uint8Array;
    decode(): void;
    getDecodedBuffer(): Uint8Array;
    getFrameInfo(): OpenJpegFrameInfo;
    delete(): void;
  }
  /** J2K codestream encoder (embind object; call delete()). */
  export interface OpenJpegEncoder {
    getDecodedBuffer(frame: OpenJpegFrameInfo): Uint8Array;
    setQuality(lossless: boolean, layers: number): void;
    setCompressionRatio(layer: number, ratio: number): void;
    setDecompositions(levels: number): void;
    encode(): void;
    getEncodedBuffer(): Uint8Array;
    delete(): void;
  }
  /** The instantiated module. */
  export interface OpenJpegModule {
    J2KDecoder: new () => OpenJpegDecoder;
    J2KEncoder: new () => OpenJpegEncoder;
  }
  /** Emscripten module options; print/printErr receive what the C code writes to stdout/stderr. */
  export interface OpenJpegOptions {
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  }
  const factory: (options?: OpenJpegOptions) => Promise<OpenJpegModule>;
  export default factory;
}
