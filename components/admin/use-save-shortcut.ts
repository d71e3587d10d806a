import { useEffect, type RefObject } from 'react';

/**
 * Ctrl+S (⌘S on a Mac) presses the form's «حفظ» button, the very save a click sends, instead of
 * the browser's "save page" dialog. Read by the key's place (`code`), so it works on an Arabic
 * layout too, where that key types «س».
 */
export function useSaveShortcut(form: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.code !== 'KeyS' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      const save = form.current?.querySelector<HTMLButtonElement>('button[name="intent"][value="save"]');
      if (save && !save.disabled) form.current?.requestSubmit(save);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [form]);
}
