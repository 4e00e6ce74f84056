/** `dateline cluster` (placeholder until its work lands). */
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('dateline cluster: not implemented yet\n');
  return 2;
}
