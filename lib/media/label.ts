/** How the admin's pickers name a picture: uploads by their description, the shipped demo pictures (no description) by file name. */
export const imageLabel = (image: { src: string; alt: string }) =>
  image.alt || (image.src.split('/').pop() ?? image.src);
