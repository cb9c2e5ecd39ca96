/**
 * Slack's Block Kit and API limits that the renderer must respect
 * (docs.slack.dev/reference/block-kit). A violation by our own code throws with a fix;
 * long user content is split or shortened instead, since a person can't be told to type less.
 */
export const SLACK_MAX_MESSAGE_BLOCKS = 50;
export const SLACK_MAX_VIEW_BLOCKS = 100;
export const SLACK_MAX_SECTION_TEXT = 3000;
export const SLACK_MAX_HEADER_TEXT = 150;
export const SLACK_MAX_SECTION_FIELDS = 10;
export const SLACK_MAX_FIELD_TEXT = 2000;
export const SLACK_MAX_ACTION_ELEMENTS = 25;
export const SLACK_MAX_BUTTON_TEXT = 75;
export const SLACK_MAX_ACTION_ID = 255;
export const SLACK_MAX_BUTTON_VALUE = 2000;
export const SLACK_MAX_CONTEXT_TEXT = 3000;
export const SLACK_MAX_MODAL_TITLE = 24;
export const SLACK_MAX_MODAL_BUTTON = 24;
export const SLACK_MAX_PRIVATE_METADATA = 3000;
export const SLACK_MAX_INPUT_LABEL = 2000;
export const SLACK_MAX_HINT = 2000;
export const SLACK_MAX_PLACEHOLDER = 150;
export const SLACK_MAX_INPUT_LENGTH = 3000;
export const SLACK_MAX_SELECT_OPTIONS = 100;
export const SLACK_MAX_OPTION_TEXT = 75;
/** The notification text of a message with blocks; Slack truncates at 40,000, previews show far less. */
export const SLACK_MAX_FALLBACK_TEXT = 3000;
