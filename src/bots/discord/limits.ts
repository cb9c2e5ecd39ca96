/**
 * Discord's message, component and modal limits (discord.com/developers/docs). A violation by
 * our own code throws with a fix; long user content is shortened instead.
 */
export const DISCORD_MAX_BUTTONS_PER_ROW = 5;
export const DISCORD_MAX_ROWS = 5;
export const DISCORD_MAX_CUSTOM_ID = 100;
export const DISCORD_MAX_BUTTON_LABEL = 80;
export const DISCORD_MAX_SELECT_OPTIONS = 25;
export const DISCORD_MAX_SELECT_PLACEHOLDER = 150;
export const DISCORD_MAX_OPTION_LABEL = 100;
export const DISCORD_MAX_OPTION_VALUE = 100;
export const DISCORD_MAX_CONTENT = 2000;
export const DISCORD_MAX_EMBED_TITLE = 256;
export const DISCORD_MAX_EMBED_DESCRIPTION = 4096;
export const DISCORD_MAX_EMBED_FIELDS = 25;
export const DISCORD_MAX_FIELD_NAME = 256;
export const DISCORD_MAX_FIELD_VALUE = 1024;
/** All text of all embeds in one message together. */
export const DISCORD_MAX_EMBED_TOTAL = 6000;
export const DISCORD_MAX_MODAL_TITLE = 45;
export const DISCORD_MAX_MODAL_INPUTS = 5;
export const DISCORD_MAX_INPUT_LABEL = 45;
export const DISCORD_MAX_INPUT_PLACEHOLDER = 100;
export const DISCORD_MAX_INPUT_VALUE = 4000;
export const DISCORD_MAX_AUTOCOMPLETE_CHOICES = 25;
export const DISCORD_MAX_CHOICE_NAME = 100;
export const DISCORD_MAX_COMMAND_DESCRIPTION = 100;
export const DISCORD_MAX_SUBCOMMANDS = 25;

/** Discord's time to answer an interaction before the person sees "The application did not respond". */
export const DISCORD_RESPONSE_DEADLINE_MS = 3000;
