/**
 * The recruiter clicks "Admit …" `delay` ms after it appears (0: in the same instant), and the click time is kept.
 * A person takes a second or more; the app uses that time to prepare the offer.
 */
export function autoAdmitScript(delay: number): string {
  return `(() => {
    const observer = new MutationObserver(() => {
      const button = [...document.querySelectorAll('button')].find((element) => element.textContent.startsWith('Admit '));
      if (!button) return;
      observer.disconnect();
      const click = () => {
        window.__benchAdmitAt = performance.timeOrigin + performance.now();
        button.click();
      };
      if (${delay} > 0) setTimeout(click, ${delay});
      else click();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  })()`;
}
