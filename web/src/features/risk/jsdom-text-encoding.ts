// react-router needs TextEncoder, which jsdom lacks; import this before it in a test.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
