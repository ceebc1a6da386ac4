// The async boundary: the shared React and single-spa are settled before the console's code runs.
import('./bootstrap');
