-- Both set or both null (the action writes them together); percent of the picture's width and height.
ALTER TABLE `media` ADD `focal_x` integer CHECK (`focal_x` BETWEEN 0 AND 100);--> statement-breakpoint
ALTER TABLE `media` ADD `focal_y` integer CHECK (`focal_y` BETWEEN 0 AND 100);
