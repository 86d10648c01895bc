// Every entity, listed once for the ORM.
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { ApiToken } from '../modules/auth/api-token.entity.js';
import { RateLimit } from '../modules/auth/rate-limit.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { AssessmentRevision } from '../modules/assessment/assessment-revision.entity.js';
import { AssessmentScore } from '../modules/assessment/assessment-score.entity.js';
import { Assessment } from '../modules/assessment/assessment.entity.js';
import { Review } from '../modules/assessment/review.entity.js';
import { Campaign } from '../modules/campaign/campaign.entity.js';
import { Attachment } from '../modules/evidence/attachment.entity.js';
import { IndicatorSystem, IndicatorSystemVersion } from '../modules/indicator-system/indicator-system.entity.js';
import { OrgLevelEntity } from '../modules/org-level/org-level.entity.js';
import { OrgUnit } from '../modules/org-unit/org-unit.entity.js';
import { WebhookDelivery } from '../modules/webhook/webhook-delivery.entity.js';
import { Webhook } from '../modules/webhook/webhook.entity.js';

export const entities = [
  OrgLevelEntity, OrgUnit, User, Session, ApiToken, AuditEvent, IndicatorSystem, IndicatorSystemVersion, Campaign,
  Assessment, AssessmentScore, AssessmentRevision, Review, Attachment, RateLimit,
  Webhook, WebhookDelivery,
];
