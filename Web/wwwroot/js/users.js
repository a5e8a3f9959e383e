// Users pages: the township field matters only for the township accountant role. Hidden fields are also
// disabled, so a township picked before switching to another role is not posted. Without this script the
// field simply stays visible and the server's rule explains any mismatch.
(() => {
    const role = document.querySelector('select[data-township-role]');
    const field = document.getElementById('township-field');
    if (!role || !field) {
        return;
    }

    const township = field.querySelector('select');
    const sync = () => {
        const needed = role.value === role.dataset.townshipRole;
        field.hidden = !needed;
        township.disabled = !needed;
    };
    role.addEventListener('change', sync);
    sync();
})();
