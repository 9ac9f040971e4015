import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function desktopHandlers(context: HandlerContext): GroupHandlers<'desktop'> {
  return {
    'desktop.notify': ({ title, body }) => ({ shown: context.desktop?.notify(title, body) ?? false }),
    'desktop.savePdf': async ({ fileName, pageSize }) => {
      if (!context.desktop) return { outcome: 'unavailable' as const, filePath: null };
      const name = fileName.toLowerCase().endsWith('.pdf') ? fileName : `${fileName}.pdf`;
      const filePath = await context.desktop.savePdf(name, pageSize);
      return filePath === null
        ? { outcome: 'cancelled' as const, filePath: null }
        : { outcome: 'saved' as const, filePath };
    },
  };
}
