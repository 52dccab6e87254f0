/** The selfgov module's interface for other modules: they use only what is exported here. */
export { SELFGOV } from './selfgov.policy.js';
export { TopicService } from './topic.service.js';
