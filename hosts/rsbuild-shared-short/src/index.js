// The async boundary: the shared React is settled before the console's code runs. A console that
// cannot start a module says why on the page instead of going blank.
import('./bootstrap').catch((error) => {
  document.getElementById('problem').textContent = `The console could not start: ${error.message}`;
  console.error(error);
});
