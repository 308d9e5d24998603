/** How each label looks, shared by the badge, the popup and the case view. */
import type { Label } from '../storage/schema';

/** i18n key of each label's short name. */
export const LABEL_MESSAGE: Record<Label, string> = {
  hostile: 'labelHostile',
  doxxing: 'labelDoxxing',
  supportive: 'labelSupportive',
  neutral: 'labelNeutral',
};

/** Colours chosen for contrast on both X themes (WCAG AA against white text). */
export const LABEL_COLOR: Record<Label, string> = {
  hostile: '#b3261e',
  doxxing: '#7b1fa2',
  supportive: '#1b6e3a',
  neutral: '#545b64',
};

/** i18n key of each sub-label's reason text ("insulte", "menace"…). */
export const SUB_LABEL_MESSAGE: Record<string, string> = {
  insult: 'reasonInsult',
  identity_attack: 'reasonIdentityAttack',
  threat: 'reasonThreat',
  death_threat: 'reasonDeathThreat',
  sexual: 'reasonSexual',
  incitement: 'reasonIncitement',
  address: 'reasonAddress',
  phone: 'reasonPhone',
  email: 'reasonEmail',
  plate: 'reasonPlate',
  id_number: 'reasonIdNumber',
  geo: 'reasonGeo',
  workplace_school: 'reasonWorkplaceSchool',
  relative: 'reasonRelative',
  support: 'reasonSupport',
  counter_speech: 'reasonCounterSpeech',
};

/**
 * i18n key of the reason read from the parent post (classifier rules `context:…`): a reply that only says
 * "💯" is hostile for what it agrees with, and the badge must say so, not only "insult".
 */
export const CONTEXT_REASON_MESSAGE: Record<string, string> = {
  'context:echoes_hostile_parent': 'reasonEchoesHostile',
  'context:echoes_supportive_parent': 'reasonEchoesSupportive',
  'context:pushes_back_on_hostile_parent': 'reasonPushesBack',
};
