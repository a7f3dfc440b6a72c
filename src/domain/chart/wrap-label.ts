/** Splits an axis name into lines of about `width` characters, at spaces where it has any. */
export function wrapLabel(text: string, width: number): string | string[] {
  if (text.length <= width) return text;
  const spaced = /\s/.test(text);
  const parts = spaced ? text.split(/\s+/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const next = line ? `${line}${spaced ? ' ' : ''}${part}` : part;
    if (line && next.length > width) {
      lines.push(line);
      line = part;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

