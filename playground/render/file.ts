/**
 * Files (`file`, `obj`): a file input restricted to the allowed media types; the chosen file is
 * read in the browser and kept as `{ name, mediaType, content }` with base64 content.
 */
import type { ElementState } from '../../src/index.js';
import { h, type RenderContext } from './context.js';
import { type Control, edit } from './field.js';
import { say } from './texts.js';

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fileInput(context: RenderContext, state: ElementState): Control {
  const input = h('input', { type: 'file' });
  if (state.constraints?.mediaTypes) input.accept = state.constraints.mediaTypes.join(',');
  const chosen = h('p', { class: 'file-name' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return edit(context, state.path, undefined);
    const content = base64(new Uint8Array(await file.arrayBuffer()));
    edit(context, state.path, {
      name: file.name,
      mediaType: file.type || 'application/octet-stream',
      content,
    });
  });
  return {
    nodes: [input, chosen],
    focus: input,
    update(next) {
      const value = next.value as { name?: unknown } | undefined;
      chosen.textContent =
        typeof value?.name === 'string'
          ? say('file', context.state.lang, { name: value.name })
          : say('noFile', context.state.lang);
      input.disabled = next.readOnly;
    },
  };
}
