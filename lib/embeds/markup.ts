// How embed and gallery blocks are written into a story body, shared by the
// editor (which writes them), the sanitizer (which checks them) and the body
// splitter (which turns them into components).
//
//   <figure data-embed="youtube" data-embed-id="…" data-embed-url="https://www.youtube.com/watch?v=…">
//     <a href="…">title or link</a>
//   </figure>
//   <figure data-gallery="">
//     <figure><img src alt width height><figcaption>caption <small>credit</small></figcaption></figure>
//     …
//   </figure>
//
// The link and the pictures are the fallback wherever the body is shown as
// plain HTML (feeds, revisions).

export const EMBED_ATTRIBUTES = {
  provider: 'data-embed',
  id: 'data-embed-id',
  url: 'data-embed-url',
} as const;

export const GALLERY_ATTRIBUTE = 'data-gallery';
