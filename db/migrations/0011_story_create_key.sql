ALTER TABLE `articles` ADD `create_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_create_key_unique` ON `articles` (`create_key`);