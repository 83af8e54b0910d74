import { graphql } from '@/gql/gql';

/** My weekly digest as it would be sent now, and whether I get it. */
export const DigestPreviewDocument = graphql(`
  query DigestPreview {
    me {
      id
      digestSubscription
    }
    digestPreview {
      subject
      html
      language
      weekStart
      weekEnd
      mailConfigured
    }
  }
`);

export const SetDigestSubscriptionDocument = graphql(`
  mutation SetDigestSubscription($enabled: Boolean!) {
    setDigestSubscription(enabled: $enabled) {
      id
      digestSubscription
    }
  }
`);

/** The language of my e-mails follows the one I pick in the app. */
export const SetLanguageDocument = graphql(`
  mutation SetLanguage($language: Language!) {
    setLanguage(language: $language) {
      id
      language
    }
  }
`);
