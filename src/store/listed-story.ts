/**
 * The condition (over `stories s`) a story meets to be listed and counted: an article is filed under it. A story
 * no article points at any more (merged away, or re-identified when the desk rebuilt) is not listed.
 */
export const LISTED_STORY = 'EXISTS (SELECT 1 FROM article_stories f WHERE f.story_id = s.id)';
