// The async boundary: the shared React is settled before the console's code runs.
import('./bootstrap');
