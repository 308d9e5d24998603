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
