/**
 * <toc-spy>: marks in the table of contents (the section sidebar on wide screens)
 * the section being read, with aria-current="location". One IntersectionObserver
 * wakes it up when a target crosses the upper part of the viewport; the current
 * section is then the last target whose top is above that line.
 * In a section sidebar (src/components/layout/SectionNav.astro), the page's own entry
 * (aria-current="page", set at build) is brought into view of the sidebar instead.
 */
class TocSpy extends HTMLElement {
  connectedCallback() {
    const here = this.querySelector<HTMLAnchorElement>('a[aria-current="page"]');
    if (here) this.reveal(here);
    const pairs: [Element, HTMLAnchorElement][] = [];
    for (const a of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
      if (target) pairs.push([target, a]);
    }
    if (pairs.length === 0) return;
    let current: HTMLAnchorElement | undefined;
    const update = () => {
      const line = innerHeight * 0.3;
      let next = pairs[0][1];
      for (const [target, a] of pairs) if (target.getBoundingClientRect().top <= line) next = a;
      if (next === current) return;
      current?.removeAttribute('aria-current');
      next.setAttribute('aria-current', 'location');
      current = next;
      this.reveal(next);
    };
    const io = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
    for (const [target] of pairs) io.observe(target);
    update();
  }

  /** Keeps an entry visible in a sidebar that scrolls on its own, without moving the page. */
  private reveal(entry: HTMLElement) {
    const box = this.querySelector('.toc');
    if (box && box.scrollHeight > box.clientHeight) box.scrollTop = Math.max(0, entry.offsetTop - box.clientHeight / 2);
  }
}
customElements.define('toc-spy', TocSpy);
