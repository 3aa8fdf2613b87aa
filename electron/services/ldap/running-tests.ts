// The registry of running tests is the same for every kind of connection test.
export { RunningTests } from '../connection-test/running-tests';
