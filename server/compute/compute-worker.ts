// The worker thread's entry (loaded by piscina): every task is a pure computation on JSON.
import { runTask } from './compute-tasks.js';

export default runTask;
