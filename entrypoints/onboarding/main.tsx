import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/ui.css';
import { OnboardingView } from '../../components/OnboardingView';
import { pageTranslate } from '../popup/page-i18n';
import { SCREENSHOT_PERMISSION } from '../popup/permissions';


function Onboarding() {
  const [allowed, setAllowed] = useState(false);
  useEffect(() => {
    void browser.permissions.contains(SCREENSHOT_PERMISSION).then(setAllowed);
  }, []);
  return (
    <OnboardingView
      t={pageTranslate}
      screenshotsAllowed={allowed}
      onAllowScreenshots={() => void browser.permissions.request(SCREENSHOT_PERMISSION).then(setAllowed)}
    />
  );
}

document.title = pageTranslate('onboardingTitle');
render(<Onboarding />, document.getElementById('app')!);
