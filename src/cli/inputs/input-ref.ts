/** One input named on the command line, after directories are expanded. */
export type InputRef = { kind: 'file'; path: string } | { kind: 'url'; url: string } | { kind: 'stdin' };

export function sourceOf(ref: InputRef): string {
  return ref.kind === 'file' ? ref.path : ref.kind === 'url' ? ref.url : '-';
}
