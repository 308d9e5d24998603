/** First-run page: the privacy promise, how it works, the screenshot permission. */
import type { Translate } from './i18n';

/** Props. */
export interface OnboardingViewProps {
  t: Translate;
  screenshotsAllowed: boolean;
  onAllowScreenshots: () => void;
}

/** The onboarding view. */
export function OnboardingView({ t, screenshotsAllowed, onAllowScreenshots }: OnboardingViewProps) {
  return (
    <main class="onboarding" style={{ maxWidth: '640px', margin: '32px auto', padding: '0 16px' }}>
      <h1>{t('onboardingTitle')}</h1>
      <p data-testid="privacy-promise">
        <strong>{t('onboardingPrivacy')}</strong>
      </p>
      <p>{t('onboardingHow')}</p>
      <h2>{t('onboardingScreenshotsTitle')}</h2>
      <p>{t('onboardingScreenshots')}</p>
      {screenshotsAllowed ? (
        <p data-testid="screenshots-granted">{t('onboardingGranted')}</p>
      ) : (
        <button type="button" class="primary" data-testid="grant-screenshots" onClick={onAllowScreenshots}>
          {t('onboardingGrant')}
        </button>
      )}
      <p class="muted">{t('onboardingLegal')}</p>
    </main>
  );
}
